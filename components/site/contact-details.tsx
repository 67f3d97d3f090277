import type { PublicOfficial } from '@/lib/data/officials';
import type { SiteSettings } from '@/lib/data/settings';

interface Labels {
  address: string;
  phone: string;
  fax: string;
  email: string;
  officials: string;
  name: string;
  position: string;
}

export const VI_CONTACT_LABELS: Labels = {
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  fax: 'Fax',
  email: 'Email',
  officials: 'Cán bộ đầu mối',
  name: 'Họ và tên',
  position: 'Chức vụ',
};
export const EN_CONTACT_LABELS: Labels = {
  address: 'Address',
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  officials: 'Focal-point officials',
  name: 'Name',
  position: 'Position',
};

/** The agency's address, phone, fax and email (site settings) and its focal-point officials. */
export function ContactDetails({ settings, officials, labels }: { settings: SiteSettings; officials: PublicOfficial[]; labels: Labels }) {
  const rows: [string, string, string | null][] = [
    [labels.address, settings['contact.address'], null],
    [labels.phone, settings['contact.phone'], settings['contact.phone'] ? `tel:${settings['contact.phone'].replace(/[^0-9+]/g, '')}` : null],
    [labels.fax, settings['contact.fax'], null],
    [labels.email, settings['contact.email'], settings['contact.email'] ? `mailto:${settings['contact.email']}` : null],
  ];
  return (
    <>
      <dl className="grid gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[8rem_1fr]">
        {rows
          .filter(([, value]) => value)
          .map(([label, value, href]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>
                {href ? (
                  <a href={href} className="text-brand-700 underline">
                    {value}
                  </a>
                ) : (
                  value
                )}
              </dd>
            </div>
          ))}
      </dl>
      {officials.length > 0 && (
        <section aria-labelledby="can-bo-dau-moi" className="mt-6">
          <h2 id="can-bo-dau-moi" className="mb-2 text-lg font-bold text-brand-800">
            {labels.officials}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead className="bg-brand-50">
                <tr>
                  <th scope="col" className="border border-slate-200 px-3 py-2">
                    {labels.name}
                  </th>
                  <th scope="col" className="border border-slate-200 px-3 py-2">
                    {labels.position}
                  </th>
                  <th scope="col" className="border border-slate-200 px-3 py-2">
                    {labels.phone}
                  </th>
                  <th scope="col" className="border border-slate-200 px-3 py-2">
                    {labels.email}
                  </th>
                </tr>
              </thead>
              <tbody>
                {officials.map((official) => (
                  <tr key={official.id}>
                    <th scope="row" className="border border-slate-200 px-3 py-2 font-semibold">
                      {official.name}
                    </th>
                    <td className="border border-slate-200 px-3 py-2">{official.position}</td>
                    <td className="border border-slate-200 px-3 py-2">
                      {official.phone && <a href={`tel:${official.phone.replace(/[^0-9+]/g, '')}`}>{official.phone}</a>}
                    </td>
                    <td className="border border-slate-200 px-3 py-2">
                      {official.email && (
                        <a href={`mailto:${official.email}`} className="text-brand-700 underline">
                          {official.email}
                        </a>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
