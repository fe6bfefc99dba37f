package testutil

import "github.com/dyad-events/dyad"

// RepTelling is one article telling the event of RepTellings, and the
// event a coder gives its first sentence.
type RepTelling struct {
	Article *dyad.Article
	Event   dyad.Event
}

// The representative every store must show for RepTellings, whatever
// the order they are stored in: the evidence, the URL and the index in
// RepTellings of its article; the mention count; the confidence (the
// surest mention's).
const (
	RepWantText       = "North Korea launched a missile that flew over Japan on Saturday."
	RepWantURL        = "https://daily.example/first"
	RepWantIndex      = 2
	RepWantMentions   = 4
	RepWantConfidence = 0.8
)

// RepTellings returns four articles telling one event (North Korea's
// missile over Japan, PRK 190 JPN on 2024-07-13), for the stores' tests
// that the representative telling does not depend on the order of
// storing. The surest (confidence 0.8, published 2024-07-12) is a photo
// caption opening with its agency's credit, so it cannot represent the
// event; the next surest (0.75, published 2024-07-12 too) names the act
// only by a noun inside China's reaction ("China condemned North Korea's
// missile launch", not told by its verb: sqlite.ToldByVerb), so it ranks
// after the two told by their verbs; of those, as sure (0.7), the one
// published earlier (2024-07-13, index RepWantIndex) is the
// representative. Each article has two sentences; the event is in
// sentence 0, with its source's and verb's spans.
func RepTellings() []RepTelling {
	type one struct {
		url, published, text, filler string
		conf                         float64
		src, verb, tgt               [2]int
	}
	var out []RepTelling
	for _, o := range []one{
		{"https://wire.example/caption", "2024-07-12", "AP:Associated Press North Korea fired a missile over Japan on Saturday",
			"Markets in Seoul and Tokyo were calm as traders weighed the news from the region.", 0.8,
			[2]int{20, 31}, [2]int{32, 37}, [2]int{53, 58}},
		{"https://paper.example/later", "2024-07-14", "North Korea fired a missile over Japan on Saturday, officials in Tokyo said.",
			"Fishing boats in the Sea of Japan were told to stay in port until further notice.", 0.7,
			[2]int{0, 11}, [2]int{12, 17}, [2]int{33, 38}},
		{"https://daily.example/first", "2024-07-13", "North Korea launched a missile that flew over Japan on Saturday.",
			"The launch was the third this year, according to the defence ministry in Seoul.", 0.7,
			[2]int{0, 11}, [2]int{12, 20}, [2]int{46, 51}},
		{"https://reaction.example/china", "2024-07-12", "China condemned North Korea's missile launch over Japan on Saturday.",
			"Beijing called on all sides to exercise restraint.", 0.75,
			[2]int{16, 27}, [2]int{30, 44}, [2]int{50, 55}},
	} {
		a := &dyad.Article{ID: dyad.ArticleID(o.url, ""), URL: o.url, Title: "Missile over Japan",
			Published: o.published, Body: []string{o.text, o.filler}, Input: o.url}
		ev := dyad.Event{ID: a.ID + "-0", ArticleID: a.ID, Sentence: 0, Date: "2024-07-13", DatePrecision: dyad.Day,
			Source: &dyad.Actor{Code: "PRK", Country: "PRK", Name: "North Korea", Text: "North Korea", Span: o.src, Sectors: []string{}},
			Target: &dyad.Actor{Code: "JPN", Country: "JPN", Name: "Japan", Text: "Japan", Span: o.tgt, Sectors: []string{}},
			CAMEO:  "190", CAMEORoot: "19", QuadClass: 4, Status: dyad.Asserted, Confidence: o.conf,
			Evidence: dyad.Evidence{Text: o.text, Verb: o.text[o.verb[0]:o.verb[1]], Span: o.verb}}
		out = append(out, RepTelling{Article: a, Event: ev})
	}
	return out
}

// RepOrders returns the orders of storing RepTellings that the stores'
// tests try: all 24 permutations of the indices 0 to 3.
func RepOrders() [][]int {
	var out [][]int
	var perm func(p []int, rest []int)
	perm = func(p []int, rest []int) {
		if len(rest) == 0 {
			out = append(out, p)
			return
		}
		for i, r := range rest {
			others := append(append([]int{}, rest[:i]...), rest[i+1:]...)
			perm(append(append([]int{}, p...), r), others)
		}
	}
	perm(nil, []int{0, 1, 2, 3})
	return out
}
