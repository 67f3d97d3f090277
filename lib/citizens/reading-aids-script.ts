// Reading aids (text size, high contrast) are applied before the first paint by this inline
// script in the root layout, from what the reader chose earlier (localStorage, no cookie, no
// server round trip). The CSP allows exactly this text (lib/server/csp.ts hashes it like
// Next's own inline scripts): change it here and both follow.

export const READING_AIDS_KEY = 'ccn-reading-aids';

export const READING_AIDS_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem("${READING_AIDS_KEY}")||"{}"),d=document.documentElement;if(s.size)d.setAttribute("data-text-size",String(s.size));if(s.contrast)d.setAttribute("data-contrast","high")}catch(e){}})()`;

/** Text size steps: -1 smaller, 0 normal, 1 and 2 larger. */
export const TEXT_SIZE_MIN = -1;
export const TEXT_SIZE_MAX = 2;
