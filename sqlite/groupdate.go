package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"slices"

	"github.com/dyad-events/dyad"
)

// GroupDates returns an article's events as a near-duplicate group stores
// them: an event dated from the article's own publication date
// (DateFrom "published", Date the day of published) takes the day of
// groupPublished, the publication date of the group's first article, so a
// copy of a story republished a day later adds mentions to the story's
// events rather than a second set of events dated a day later. Dates the
// sentence gave ("on Saturday") are kept: they name the same day in every
// copy. Everything else of the event (sentence, evidence) is its own.
// evs is returned unchanged (not copied) when no event changes, or when
// either date is empty or neither RFC 3339 nor an ISO date; otherwise a
// copy is returned and evs is not modified. Every store applies it so.
func GroupDates(evs []dyad.Event, published, groupPublished string) []dyad.Event {
	own, ok1 := pubDay(published)
	first, ok2 := pubDay(groupPublished)
	if !ok1 || !ok2 || own == first {
		return evs
	}
	var out []dyad.Event
	for k := range evs {
		if evs[k].DateFrom != "published" || evs[k].Date != own {
			continue
		}
		if out == nil {
			out = slices.Clone(evs)
		}
		out[k].Date = first
	}
	if out == nil {
		return evs
	}
	return out
}

// pubDay is the day (YYYY-MM-DD) of a publication date as the coder
// dates events by it.
func pubDay(published string) (string, bool) {
	t, ok := (&dyad.Article{Published: published}).PublishedTime()
	if !ok {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// qGroupPublished is the publication date of a group's first article,
// whose id is the group's.
const qGroupPublished = "SELECT published FROM articles WHERE id = ?"

// groupDates applies GroupDates to an article that joined group, reading
// the group's first article's publication date in tx.
func groupDates(ctx context.Context, tx *wtx, group string, a *dyad.Article, evs []dyad.Event) ([]dyad.Event, error) {
	if a.Published == "" || len(evs) == 0 {
		return evs, nil
	}
	var first string
	err := tx.QueryRowContext(ctx, qGroupPublished, group).Scan(&first)
	if errors.Is(err, sql.ErrNoRows) {
		return evs, nil
	}
	if err != nil {
		return nil, err
	}
	return GroupDates(evs, a.Published, first), nil
}
