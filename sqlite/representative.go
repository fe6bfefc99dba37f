package sqlite

import (
	"cmp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// Rep is what chooses an aggregated event's representative, the mention
// whose event (its evidence, actors' texts, place) the store shows for
// all (events.json, article_id, source_url), among the events as coded
// that it aggregates: whatever order their articles were stored in, the
// same one. RepOf makes it; Before orders two.
type Rep struct {
	Credit     bool    // the evidence opens with an outlet's credit (article.HasCreditPrefix)
	Confidence float64 // the event's confidence
	Day        string  // its article's publication day, YYYY-MM-DD; "" unknown
	ArticleID  string
	Sentence   int
}

// RepOf is the Rep of event ev of article articleID published at
// published (RFC 3339 or YYYY-MM-DD; "" unknown).
func RepOf(ev *dyad.Event, published, articleID string) Rep {
	return Rep{Credit: article.HasCreditPrefix(ev.Evidence.Text), Confidence: ev.Confidence,
		Day: publishedDay(published), ArticleID: articleID, Sentence: ev.Sentence}
}

// publishedDay is the YYYY-MM-DD day that opens published, else "".
func publishedDay(published string) string {
	if len(published) < 10 {
		return ""
	}
	d := published[:10]
	for i := range 10 {
		if c := d[i]; (i == 4 || i == 7) != (c == '-') || (c != '-' && (c < '0' || c > '9')) {
			return ""
		}
	}
	return d
}

// Before reports whether r makes the better representative than o: an
// evidence without an outlet's credit before one with ("AP:Associated
// Press North Korea conducted …" is a photo caption), then the surer
// event, then the earlier article (a known day before an unknown one),
// then the smaller article id and sentence.
func (r Rep) Before(o Rep) bool {
	if r.Credit != o.Credit {
		return !r.Credit
	}
	if r.Confidence != o.Confidence {
		return r.Confidence > o.Confidence
	}
	if r.Day != o.Day {
		return o.Day == "" || (r.Day != "" && r.Day < o.Day)
	}
	if c := cmp.Compare(r.ArticleID, o.ArticleID); c != 0 {
		return c < 0
	}
	return r.Sentence < o.Sentence
}
