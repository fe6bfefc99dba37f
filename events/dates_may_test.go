package events_test

import (
	"reflect"
	"sort"
	"testing"

	"github.com/dyad-events/dyad"
)

// codedDated codes text published on pub and returns its events as
// "SRC CAMEO TGT status date precision", sorted.
func codedDated(c interface {
	Code(*dyad.Article) []dyad.Event
}, pub, text string) []string {
	var got []string
	for _, e := range c.Code(&dyad.Article{ID: "t", Published: pub, Body: []string{text}}) {
		got = append(got, dyadKey(e)+" "+string(e.Status)+" "+e.Date+" "+e.DatePrecision)
	}
	sort.Strings(got)
	return got
}

// TestMonthMay: "May" after a day number ("3 May", "31st May", "the 3rd
// of May") is the month as "3 July" is, and a verb after it is no modal's
// ("Russia on 3 May shelled Kharkiv" has its event); the modal and the
// surname stay what they were. Team-written sentences; published
// Saturday 2024-07-20.
func TestMonthMay(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Russian forces shelled Kharkiv on 3 May.", []string{"RUSMIL 194 UKR asserted 2024-05-03 day"}},
		{"Russian forces shelled Kharkiv on 31 May.", []string{"RUSMIL 194 UKR asserted 2024-05-31 day"}},
		{"Russian forces shelled Kharkiv on 3rd May.", []string{"RUSMIL 194 UKR asserted 2024-05-03 day"}},
		{"Kenyan police arrested 30 protesters in Nairobi on the 3rd of May.", []string{"KENCOP 173 KENCVL asserted 2024-05-03 day"}},
		{"Kenyan police arrested 30 protesters in Nairobi between 1 and 3 May.", []string{"KENCOP 173 KENCVL asserted 2024-05-01 day"}},
		{"Kenyan police arrested 30 protesters in Nairobi at the end of May.", []string{"KENCOP 173 KENCVL asserted 2024-05 month"}},
		// the modal's tag used to stop the verb after the date
		{"Russia on 3 May shelled Kharkiv, killing two civilians.", []string{"RUS 194 UKR asserted 2024-05-03 day"}},
		{"Kenya and Uganda on 3 May signed a trade deal.", []string{"KEN 057 UGA asserted 2024-05-03 day", "UGA 057 KEN asserted 2024-05-03 day"}},
		// unchanged: the other months, "May 3", the modal, the surname
		{"Russian forces shelled Kharkiv on 3 July.", []string{"RUSMIL 194 UKR asserted 2024-07-03 day"}},
		{"Russian forces shelled Kharkiv on May 31.", []string{"RUSMIL 194 UKR asserted 2024-05-31 day"}},
		{"Police may arrest protesters in Nairobi.", []string{"KENCOP 173 KENCVL hypothetical 2024-07-20 day"}},
		{"Theresa May may criticise Russia.", []string{"GBR 111 RUS hypothetical 2024-07-20 day"}},
	}
	for _, tt := range tests {
		if got := codedDated(c, "2024-07-20", tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestOrdinalDayOfMonth: "on the 14th" with no month is a day of the
// publication month, or of the month before when later than the
// publication day; "the 14th floor", "the 14th day of the siege" are no
// dates, and a day the month before lacks ("the 31st" from July: no 31
// June) leaves the publication day. Published Saturday 2024-07-20.
func TestOrdinalDayOfMonth(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Russian forces shelled Kharkiv on the 14th.", []string{"RUSMIL 194 UKR asserted 2024-07-14 day"}},
		{"On the 14th, Russian forces shelled Kharkiv.", []string{"RUSMIL 194 UKR asserted 2024-07-14 day"}},
		{"Russian forces shelled Kharkiv on the 24th.", []string{"RUSMIL 194 UKR asserted 2024-06-24 day"}},
		{"Russian forces shelled Kharkiv on the 14th of May.", []string{"RUSMIL 194 UKR asserted 2024-05-14 day"}},
		{"Russian forces shelled Kharkiv on the 14th day of the siege.", []string{"RUSMIL 194 UKR asserted 2024-07-20 day"}},
		{"Russian forces shelled a building on the 14th floor in Kharkiv.", []string{"RUSMIL 194 UKR asserted 2024-07-20 day"}},
		{"Russian forces shelled Kharkiv on the 31st.", []string{"RUSMIL 194 UKR asserted 2024-07-20 day"}},
	}
	for _, tt := range tests {
		if got := codedDated(c, "2024-07-20", tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
