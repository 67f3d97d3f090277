// Limits of tags (issue 18), shared by the editor's tag field, validation and the DAL.
export const TAG_NAME_MAX = 60;
export const TAGS_PER_ARTICLE_MAX = 20;
