// Cache tags for public data: DAL reads tag what they return, server actions invalidate the
// tags of what they change (invalidatePublicContent in lib/cache/invalidate.ts), and every instance sees the change on its next request.

export const cacheTags = {
  articles: 'articles',
  article: (id: string) => `article:${id}`,
  /** A public article page by its URL slug (also covers "this slug does not exist yet"). */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  categories: 'categories',
  category: (slug: string) => `category:${slug}`,
  settings: 'settings',
  linkedSites: 'linked-sites',
  videos: 'videos',
  video: (slug: string) => `video:${slug}`,
  maps: 'map-documents',
  pages: 'pages',
  page: (slug: string) => `page:${slug}`,
  media: 'media',
  legalDocuments: 'legal-documents',
  legalDocument: (id: string) => `legal-document:${id}`,
  clusters: 'clusters',
  projects: 'projects',
  officials: 'officials',
  questions: 'questions',
  /** "Tin đọc nhiều": also expires by itself within minutes (cacheLife). */
  mostRead: 'most-read',
  maintenance: 'maintenance-notices',
  procedures: 'procedures',
  disclosure: 'disclosure',
  communes: 'communes',
  /** The province outline of the cluster map (site setting map.province_boundary). */
  provinceBoundary: 'province-boundary',
  // Issue 18 (newsroom taxonomy)
  tags: 'tags',
  tag: (slug: string) => `tag:${slug}`,
  featured: 'featured-articles',
  notices: 'site-notices',
  homeBlocks: 'home-blocks',
  menus: 'menus',
  /** The redirect table (old WordPress addresses, hand-made redirects). */
  redirects: 'redirects',
  organization: 'organization-units',
  // Issue 18 part 8: photo albums (their pages, and the galleries articles place).
  photoAlbums: 'photo-albums',
} as const;
