package sqlite

import (
	"cmp"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/sentences"
)

// Rep is what chooses an aggregated event's representative, the mention
// whose event (its evidence, actors' texts, place) the store shows for
// all (events.json, article_id, source_url), among the events as coded
// that it aggregates: whatever order their articles were stored in, the
// same one. RepOf makes it; Before orders two.
type Rep struct {
	Credit     bool    // the evidence opens with an outlet's credit (article.HasCreditPrefix)
	Told       bool    // the evidence tells the act by a verb after its source (ToldByVerb)
	Confidence float64 // the event's confidence
	Day        string  // its article's publication day, YYYY-MM-DD; "" unknown
	ArticleID  string
	Sentence   int
}

// RepOf is the Rep of event ev of article articleID published at
// published (RFC 3339 or YYYY-MM-DD; "" unknown).
func RepOf(ev *dyad.Event, published, articleID string) Rep {
	return Rep{Credit: article.HasCreditPrefix(ev.Evidence.Text), Told: ToldByVerb(ev), Confidence: ev.Confidence,
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
// Press North Korea conducted …" is a photo caption), then a sentence
// telling the act by its verb before one naming it by a noun (ToldByVerb:
// "North Korea fired a missile over Japan" before "China opposes DPRK's
// missile launch"), then the surer event, then the earlier article (a
// known day before an unknown one), then the smaller article id and
// sentence.
func (r Rep) Before(o Rep) bool {
	if r.Credit != o.Credit {
		return !r.Credit
	}
	if r.Told != o.Told {
		return r.Told
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

// ToldByVerb reports whether ev's evidence tells the act by a verb whose
// subject is the event's source, as far as the record shows it without
// parsing the sentence again: the source's words stand before the verb's
// (Evidence.Span), with at most three plain words between them ("North
// Korea reportedly fired", "Pyongyang has launched"; not "North Korea's
// missile launch": a possessive), and the verb's words open with a verb
// form: a regular past (-ed), an irregular past ("struck", "shot":
// sentences.IrregularPast), or a present in -s with words after it
// ("launches ballistic missile"; not "missile launches", nor a lone
// "strikes", which may be a noun). A sentence naming the act by a noun
// inside a reaction ("China opposes DPRK's missile launch", "condemned the
// latest missile launch by the DPRK") or a headline's noun ("North Korea
// missile launch footage emerges") is not told by its verb; nor is an
// event whose source the sentence does not name (no span).
func ToldByVerb(ev *dyad.Event) bool {
	text, vs, ve := ev.Evidence.Text, ev.Evidence.Span[0], ev.Evidence.Span[1]
	if ev.Source == nil || vs < 0 || vs >= ve || ve > len(text) {
		return false
	}
	ss, se := ev.Source.Span[0], ev.Source.Span[1]
	if ss < 0 || ss >= se || se > vs {
		return false
	}
	gap := strings.Fields(text[se:vs])
	if len(gap) > 3 {
		return false
	}
	for _, w := range gap {
		for _, c := range w {
			if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
				return false // "'s", a comma, a quotation mark: not the verb's subject
			}
		}
	}
	words := strings.Fields(text[vs:ve])
	if len(words) == 0 {
		return false
	}
	w := strings.ToLower(words[0])
	switch {
	case len(w) > 3 && strings.HasSuffix(w, "ed"):
		return true
	case sentences.IrregularPast(w):
		return true
	case len(words) > 1 && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return true
	}
	return false
}
