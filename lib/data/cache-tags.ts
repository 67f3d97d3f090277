// Cache tags for public data: DAL reads tag what they return, server actions invalidate the
// tags of what they change (updateTag), and every instance sees the change on its next request.

export const cacheTags = {
  articles: 'articles',
  article: (id: string) => `article:${id}`,
  categories: 'categories',
  settings: 'settings',
  linkedSites: 'linked-sites',
  videos: 'videos',
  maps: 'map-documents',
  pages: 'pages',
  media: 'media',
} as const;
