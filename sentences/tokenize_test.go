package sentences

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pyongyang’s Korean Central News Agency", "Pyongyang|’s|Korean|Central|News|Agency"},
		{"The U.S. and U.K. signed a deal.", "The|U.S.|and|U.K.|signed|a|deal|."},
		{"Kim Keon-hee (left) said: “No.”", "Kim|Keon-hee|(|left|)|said|:|“|No|.|”"},
		{"With 2,400 staff and 3.5 million", "With|2,400|staff|and|3.5|million"},
		{"It didn't attack, officials said", "It|did|n't|attack|,|officials|said"},
		{"the allies' plan", "the|allies|'|plan"},
		{"AT&T and R&D", "AT&T|and|R&D"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has span %d:%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

// TestTitleAbbreviations: a title abbreviation before a name keeps its
// period ("Mr. Paddock" two tokens, as "Mr Paddock") and reads as
// written without it; a title's period before a lower-case word or the
// end, and numbered and short abbreviations, stay as they were.
func TestTitleAbbreviations(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr. Paddock fired from the hotel.", "Mr.=mr|Paddock=paddock|fired=fired|from=from|the=the|hotel=hotel|.=."},
		{"Police said Gen. Burhan and Sen. Graham met.", "Police=police|said=said|Gen.=gen|Burhan=burhan|and=and|Sen.=sen|Graham=graham|met=met|.=."},
		{"It quoted Dr.  Tedros and Lt. Col. Smith.", "It=it|quoted=quoted|Dr.=dr|Tedros=tedros|and=and|Lt.=lt|Col.=col|Smith=smith|.=."},
		// near misses
		{"He met the Mr. at noon.", "He=he|met=met|the=the|Mr=mr|.=.|at=at|noon=noon|.=."},
		{"No. 5 left the U.S. Army.", "No=no|.=.|5=5|left=left|the=the|U.S.=u.s.|Army=army|.=."},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.in) {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has span %d:%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text+"="+tk.Lower)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q)\n got  %s\n want %s", tt.in, g, tt.want)
		}
	}
}

func TestSplitText(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Kim met U.S. envoys on Jan. 5 in Seoul. Talks ended. “We agreed,” he said.",
			[]string{"Mr. Kim met U.S. envoys on Jan. 5 in Seoul.", "Talks ended.", "“We agreed,” he said."}},
		{"Troops fired. \"Stop!\" they shouted. J. Smith left.",
			[]string{"Troops fired.", "\"Stop!\" they shouted.", "J. Smith left."}},
		{"Growth was 3.5 percent. 2024 was a year of war.", []string{"Growth was 3.5 percent.", "2024 was a year of war."}},
		{"no end", []string{"no end"}},
		// initials and dotted abbreviations before a name do not end a
		// sentence; before a word that opens one, they do
		{"Nepal's Prime Minister K.P. Sharma Oli flew to Beijing. F.W. de Klerk and P. W. Botha met.",
			[]string{"Nepal's Prime Minister K.P. Sharma Oli flew to Beijing.", "F.W. de Klerk and P. W. Botha met."}},
		{"Talks were held with U.S. President Joe Biden and U.N. officials in the U.K. capital.",
			[]string{"Talks were held with U.S. President Joe Biden and U.N. officials in the U.K. capital."}},
		{"The envoy arrived in the U.S. The next day he met the senators.",
			[]string{"The envoy arrived in the U.S.", "The next day he met the senators."}},
		{"The missile can reach the continental U.S. It flew for 40 minutes. Coach T.J. Miller's team lost to the L.A. Rams. On Monday, Washington, D.C. police said “It was calm.”",
			[]string{"The missile can reach the continental U.S.", "It flew for 40 minutes.", "Coach T.J. Miller's team lost to the L.A. Rams.", "On Monday, Washington, D.C. police said “It was calm.”"}},
		{"It was a victory for Vitamin C. However, the trial failed.",
			[]string{"It was a victory for Vitamin C.", "However, the trial failed."}},
		// titles never end one, nor “Mr. inside quotes
		{"Army Cmdr. Ali Musa and Democratic Sens. Ann Lee and Tom Ray met Lt.-Col. Omar Said. “Mr. Said was firm,” they said.",
			[]string{"Army Cmdr. Ali Musa and Democratic Sens. Ann Lee and Tom Ray met Lt.-Col. Omar Said.", "“Mr. Said was firm,” they said."}},
		// a word before a number: no end before a digit, an end before a word
		{"Resolution No. 2231 expires in Oct. 2025. Was the deal dead? No. The talks go on.",
			[]string{"Resolution No. 2231 expires in Oct. 2025.", "Was the deal dead?", "No.", "The talks go on."}},
		// a time before its zone or day, a company or a name's suffix before
		// a name, and the same before a sentence opener
		{"The rocket rose at 9 a.m. Pyongyang time and fell at 9:40 a.m. The launch was the fifth this year.",
			[]string{"The rocket rose at 9 a.m. Pyongyang time and fell at 9:40 a.m.", "The launch was the fifth this year."}},
		{"Shares of Acme Corp. Holdings rose. He joined Acme Corp. In March he left Smith and Co. \"We grew,\" he said.",
			[]string{"Shares of Acme Corp. Holdings rose.", "He joined Acme Corp.", "In March he left Smith and Co.", "\"We grew,\" he said."}},
		// a single letter ending a word is no initial
		{"They wouldn’t. Ferhad left. Costs rose to 50m. Officials resigned. Visit bbc.co.uk. Police came.",
			[]string{"They wouldn’t.", "Ferhad left.", "Costs rose to 50m.", "Officials resigned.", "Visit bbc.co.uk.", "Police came."}},
		{"", nil},
	}
	for _, tt := range tests {
		got := SplitText(tt.in)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
			t.Errorf("SplitText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTag(t *testing.T) {
	lx := NewLexicon()
	for _, v := range []string{"denounce", "sign", "attack", "talk", "suspend", "resume", "ship"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, want string }{
		{"North Korea has denounced the attack", "NNP NNP VBZ VBN DT NN"},
		{"Seoul and Washington signed guidelines", "NNP CC NNP VBD NNS"},
		{"they will hold talks", "PRP MD VB NNS"},
		{"it is shipping weapons to Moscow", "PRP VBZ VBG NNS TO NNP"},
		{"the government says it did n't attack", "DT NN VBZ PRP VBD RB VB"},
	}
	for _, tt := range tests {
		if g := tags(tt.in, lx); g != tt.want {
			t.Errorf("Tag(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
	if l := lx.Lemma("shipping"); l != "ship" {
		t.Errorf("Lemma(shipping) = %q", l)
	}
	if l := lx.Lemma("held"); l != "hold" {
		t.Errorf("Lemma(held) = %q", l)
	}
}

// TestVerbForms checks the inflections AddVerb derives: doubled final
// consonants (also after qu), British -ll- beside American -l-, and none
// where English does not double.
func TestVerbForms(t *testing.T) {
	lx := NewLexicon()
	for _, v := range []string{"snub", "swap", "equip", "signal", "cancel", "appeal", "patrol", "visit", "open", "fail", "kill"} {
		lx.AddVerb(v)
	}
	tests := []struct {
		form, lemma string
	}{
		{"snubbed", "snub"}, {"swapping", "swap"}, {"equipped", "equip"}, {"equipping", "equip"},
		{"signalled", "signal"}, {"signaled", "signal"}, {"cancelling", "cancel"}, {"canceled", "cancel"},
		{"appealed", "appeal"}, {"patrolled", "patrol"}, {"visited", "visit"}, {"opened", "open"},
		{"failed", "fail"}, {"killed", "kill"},
		// not forms of these verbs: the lexicon returns them unchanged
		{"appealled", "appealled"}, {"visitted", "visitted"}, {"openned", "openned"},
	}
	for _, tc := range tests {
		if got := lx.Lemma(tc.form); got != tc.lemma {
			t.Errorf("Lemma(%q) = %q, want %q", tc.form, got, tc.lemma)
		}
	}
}

// tags tokenizes and tags in with lx and returns the tags joined by
// spaces: "NNP VBD DT NN".
func tags(in string, lx *Lexicon) string {
	var got []string
	for _, tk := range Tag(Tokenize(in), lx) {
		got = append(got, tk.Tag)
	}
	return strings.Join(got, " ")
}
