-- Issue 18 part 8: published photo albums in the one search (/tim-kiem), like videos: the title,
-- the album's address, its description as the lead, dated by publication. Their own trigger
-- function, so the shared ccn_site_search_sync (migration 20261206101000) stays as it is. The new
-- enum value is only used when the trigger fires, after this migration has committed.

-- AlterEnum
ALTER TYPE "SearchKind" ADD VALUE 'PHOTO_ALBUM';

CREATE OR REPLACE FUNCTION "public"."ccn_photo_album_search_sync"()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "site_search" s WHERE s.kind = 'PHOTO_ALBUM' AND s.ref_id = OLD.id;
    RETURN NULL;
  END IF;
  PERFORM public.ccn_site_search_put('PHOTO_ALBUM', NEW.id, NEW.title, '/thu-vien-anh/' || NEW.slug,
    extract(year FROM coalesce(NEW.published_at, NEW.created_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::integer, coalesce(NEW.published_at, NEW.created_at),
    NEW.published, NEW.description, '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "photo_albums" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_photo_album_search_sync"();
