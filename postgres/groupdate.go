package postgres

import (
	"github.com/jackc/pgx/v5"

	"github.com/dyad-events/dyad/sqlite"
)

// qGroupPublished reads the publication dates of groups' first articles,
// whose ids are the groups'.
const qGroupPublished = "SELECT id, published FROM articles WHERE id = ANY($1)"

// queueGroupPublished queues on b the look-up of the publication dates of
// the groups the near-duplicates of added joined (queued after their
// insert, it sees the groups stored earlier or in this transaction); the
// returned map, group id → published, is filled when b runs.
func queueGroupPublished(b *pgx.Batch, added []*article) map[string]string {
	pub := map[string]string{}
	var groups []string
	seen := map[string]bool{}
	for _, ar := range added {
		if ar.near && ar.a.Published != "" && len(ar.evs) > 0 && !seen[ar.group] {
			seen[ar.group] = true
			groups = append(groups, ar.group)
		}
	}
	if len(groups) == 0 {
		return pub
	}
	b.Queue(qGroupPublished, groups).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var id, p string
			if err := rows.Scan(&id, &p); err != nil {
				return err
			}
			pub[id] = p
		}
		return rows.Err()
	})
	return pub
}

// groupDates redates the events of a near-duplicate as the sqlite package
// does (sqlite.GroupDates): an event dated from its article's publication
// date takes the day of the group's first article's (pub, from
// queueGroupPublished).
func groupDates(ar *article, pub map[string]string) {
	if !ar.near {
		return
	}
	if p, ok := pub[ar.group]; ok {
		ar.evs = sqlite.GroupDates(ar.evs, ar.a.Published, p)
	}
}
