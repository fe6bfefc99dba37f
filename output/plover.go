package output

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// PloverRecord is one event in PLOVER's record layout, with the field names
// of the PLOVER specification and the POLECAT data set built on it: the
// event type, mode and context; the actor (source) and recipient (target);
// the place; the story. dyad's own fields (CAMEO code, status, sentence,
// confidence) follow under their dyad names.
type PloverRecord struct {
	EventID       string   `json:"event_id"`
	StoryID       string   `json:"story_id"`
	EventDate     string   `json:"event_date"`
	DatePrecision string   `json:"date_precision"`
	EventType     string   `json:"event_type"`
	Mode          string   `json:"mode"`
	Context       []string `json:"context"`

	Actor        string   `json:"actor"`
	ActorCode    string   `json:"actor_code"`
	ActorCountry string   `json:"actor_country"`
	ActorSectors []string `json:"actor_sectors"`
	ActorNameRaw string   `json:"actor_name_raw"`

	Recipient        string   `json:"recipient"`
	RecipientCode    string   `json:"recipient_code"`
	RecipientCountry string   `json:"recipient_country"`
	RecipientSectors []string `json:"recipient_sectors"`
	RecipientNameRaw string   `json:"recipient_name_raw"`

	Placename string   `json:"placename"`
	Country   string   `json:"country"`
	Latitude  *float64 `json:"latitude"`
	Longitude *float64 `json:"longitude"`

	Source          string `json:"source"`
	URL             string `json:"url"`
	PublicationDate string `json:"publication_date"`
	Headline        string `json:"headline"`
	Text            string `json:"text"`

	CAMEO      string  `json:"cameo"`
	QuadClass  int     `json:"quad_class"`
	Goldstein  float64 `json:"goldstein"`
	Status     string  `json:"status"`
	Sentence   int     `json:"sentence"`
	Confidence float64 `json:"confidence"`
}

// Plover converts ev to a PloverRecord. a may be nil. When ev has no
// PLOVER type, ont (if not nil) supplies the type and mode of ev's CAMEO
// code; Context holds the contexts named by the CAMEO code (see
// PloverContexts). ok is false when the event has no PLOVER counterpart
// (most of CAMEO root 01), and such events are left out of "plover" output.
func Plover(a *dyad.Article, ev dyad.Event, ont *cameo.Ontology) (rec PloverRecord, ok bool) {
	p := ev.Plover
	var name string
	if ont != nil {
		if c, found := ont.Lookup(ev.CAMEO); found {
			name = c.Name
			if p.Event == "" {
				p = c.Plover
			}
		}
	}
	if p.Event == "" {
		return PloverRecord{}, false
	}
	rec = PloverRecord{
		EventID: ev.ID, StoryID: ev.ArticleID, EventDate: ev.Date, DatePrecision: ev.DatePrecision,
		EventType: p.Event, Mode: p.Mode, Context: PloverContexts(name),
		Text: ev.Evidence.Text, CAMEO: ev.CAMEO, QuadClass: ev.QuadClass, Goldstein: ev.Goldstein,
		Status: string(ev.Status), Sentence: ev.Sentence, Confidence: ev.Confidence,
		ActorSectors: []string{}, RecipientSectors: []string{},
	}
	if s := ev.Source; s != nil {
		rec.Actor, rec.ActorCode, rec.ActorCountry, rec.ActorNameRaw = s.Name, s.Code, s.Country, s.Text
		rec.ActorSectors = append(rec.ActorSectors, s.Sectors...)
	}
	if t := ev.Target; t != nil {
		rec.Recipient, rec.RecipientCode, rec.RecipientCountry, rec.RecipientNameRaw = t.Name, t.Code, t.Country, t.Text
		rec.RecipientSectors = append(rec.RecipientSectors, t.Sectors...)
	}
	if l := ev.Location; l != nil {
		lat, lon := l.Lat, l.Lon
		rec.Placename, rec.Country, rec.Latitude, rec.Longitude = l.Name, l.Country, &lat, &lon
	}
	if a != nil {
		rec.Source, rec.URL, rec.PublicationDate, rec.Headline = a.Source, a.URL, a.Published, a.Title
	}
	return rec, true
}

// PloverContexts returns the PLOVER contexts a CAMEO code's name states,
// in a fixed order: "economic", "military", "humanitarian", "human_rights",
// "legal", "crime", "intelligence", "cyber", "wmd". It never returns nil.
// Only words in the name count: "Provide military aid" → ["military"],
// "Accuse of war crimes" → ["crime"], "Make a visit" → [].
func PloverContexts(cameoName string) []string {
	n := strings.ToLower(cameoName)
	rules := []struct {
		context string
		words   []string
	}{
		{"economic", []string{"economic"}},
		{"military", []string{"military", "armed forces", "peacekeep"}},
		{"humanitarian", []string{"humanitarian", "asylum"}},
		{"human_rights", []string{"human rights", "rights"}},
		{"legal", []string{"judicial", "legal", "lawsuit"}},
		{"crime", []string{"crime", "corruption"}},
		{"intelligence", []string{"intelligence", "espionage"}},
		{"cyber", []string{"cyber"}},
		{"wmd", []string{"wmd", "mass destruction", "nuclear", "chemical"}},
	}
	out := []string{}
	for _, r := range rules {
		for _, w := range r.words {
			if strings.Contains(n, w) {
				out = append(out, r.context)
				break
			}
		}
	}
	return out
}

type ploverWriter struct {
	w       *bufio.Writer
	ont     *cameo.Ontology
	leftOut int // events with no PLOVER type (LeftOut)
}

// LeftOuter is a Writer that leaves some events out of its format and
// says so at the end of a run, on standard error, as a note ("" when it
// left none out), naming formats, the command's formats that would
// export them ("json or csv"): the plover writer leaves out the events
// with no PLOVER type (PloverLeftOut).
type LeftOuter interface {
	LeftOut(formats string) string
}

// PloverLeftOut says that n events were left out of PLOVER output for
// want of a PLOVER type ("" for n 0), in the words dyad code and dyad
// export both use, formats naming the command's own formats that export
// them (dyad code's "json or csv", dyad export's "jsonl or csv"): "2
// events left out: no PLOVER type for their CAMEO codes (01, 010–014,
// 017: statements and comments); --format jsonl or csv exports them".
func PloverLeftOut(n int, formats string) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return "1 event left out: no PLOVER type for its CAMEO code (01, 010–014, 017: statements and comments); --format " + formats + " exports it"
	}
	return fmt.Sprintf("%d events left out: no PLOVER type for their CAMEO codes (01, 010–014, 017: statements and comments); --format %s exports them", n, formats)
}

// LeftOut says how many of the events written had no PLOVER type
// (PloverLeftOut).
func (p *ploverWriter) LeftOut(formats string) string { return PloverLeftOut(p.leftOut, formats) }

func (p *ploverWriter) Write(a *dyad.Article, evs []dyad.Event) error {
	for _, ev := range evs {
		rec, ok := Plover(a, ev, p.ont)
		if !ok {
			p.leftOut++
			continue
		}
		b, err := json.Marshal(&rec)
		if err != nil {
			return fmt.Errorf("output: event %s: %w", ev.ID, err)
		}
		p.w.Write(b)
		if err := p.w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

func (p *ploverWriter) Close() error { return p.w.Flush() }
