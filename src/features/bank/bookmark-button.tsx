import { setBookmarked, useIsBookmarked } from '../../db/bookmarks'
import { useShortcuts } from '../../lib/use-shortcuts'

/** Toggles the bookmark of an item (`b`). */
export function BookmarkButton({ itemId }: { itemId: string }) {
  const bookmarked = useIsBookmarked(itemId)
  const toggle = () => {
    if (bookmarked !== undefined) void setBookmarked(itemId, !bookmarked)
  }
  useShortcuts({ b: toggle })
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-pressed={bookmarked ?? false}
      disabled={bookmarked === undefined}
      onClick={toggle}
      title="Bookmark (b)"
    >
      <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span> {bookmarked ? 'Bookmarked' : 'Bookmark'}
    </button>
  )
}
