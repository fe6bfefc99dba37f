package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestGapsRoles checks, on sentences written for this test, the roles
// added for striking trades and electoral bodies, a firm's workers as
// their country's labour, a role word inside a treaty's name, and dated
// office holders in and out of office: every mention as text=CODE.
func TestGapsRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-13", "Samsung workers walked out.", "Samsung workers=KORLAB"},
		{"2024-07-13", "French air traffic controllers walked out.", "French air traffic controllers=FRALAB"},
		{"2024-07-13", "Chilean dockworkers walked out.", "Chilean dockworkers=CHLLAB"},
		{"2024-07-13", "Kenya's electoral commission spoke.", "Kenya's electoral commission=KENGOV"},
		{"2024-07-13", "Russia quit the Intermediate-Range Nuclear Forces Treaty.", "Russia=RUS"},
		{"2016-05-02", "Antony Blinken spoke.", "Antony Blinken=USAGOV"},
		{"2025-06-02", "Antony Blinken spoke.", "Antony Blinken=USA"},
		{"2023-03-01", "Jean-Noel Barrot spoke.", "Jean-Noel Barrot=FRAGOV"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code
	})
}
