package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Lexicon maps word forms to part-of-speech tags and lemmas: a closed-class
// core (determiners, pronouns, prepositions, auxiliaries, modals, common
// adverbs) and the verbs added with AddVerb, each with its inflections.
// Build one with NewLexicon, add verbs, then share it read-only.
type Lexicon struct {
	words map[string]entry
	// finite: words the lexicon does not know may be tagged as finite
	// verbs and gerunds from their -ed/-ing ending (see GuessVerbs)
	finite bool
}

// GuessVerbs sets whether Tag may read a word the lexicon does not know
// as a finite verb or a verb's -ing form from its ending ("police
// dismantled a ring": VBD; "a man wielding a knife": VBG; "have
// reorganised": VBN; "to honour the dead": VB). Off (the default),
// such words stay nouns and only their adjectival uses are
// tagged ("allied Arab militias" JJ, "the fuel stored at" VBN). Turning
// it on gives more clauses their verb, but a coder that reads a nominal
// event as the object of any verb then codes "Bolton advocated air
// strikes" or "Riyadh experienced missile attacks" as strikes. Call it
// before sharing the lexicon.
func (lx *Lexicon) GuessVerbs(on bool) { lx.finite = on }

type entry struct {
	tag   string // Penn tag, or "V" for an ambiguous verb form resolved in context
	lemma string
	forms uint8 // verb form bits for "V": see formXxx
}

const (
	formBase uint8 = 1 << iota // VB/VBP
	formS                      // VBZ
	formPast                   // VBD
	formPart                   // VBN
	formIng                    // VBG
)

var closed = map[string]string{
	"the": "DT", "a": "DT", "an": "DT", "this": "DT", "these": "DT", "those": "DT", "each": "DT",
	"every": "DT", "some": "DT", "any": "DT", "no": "DT", "all": "DT", "both": "DT", "another": "DT",
	"either": "DT", "neither": "DT",
	"and": "CC", "or": "CC", "but": "CC", "nor": "CC", "&": "CC",
	"i": "PRP", "you": "PRP", "he": "PRP", "she": "PRP", "it": "PRP", "we": "PRP", "they": "PRP",
	"him": "PRP", "us": "PRP", "them": "PRP", "me": "PRP", "itself": "PRP", "themselves": "PRP",
	"himself": "PRP", "herself": "PRP",
	"his": "PRP$", "her": "PRP$", "its": "PRP$", "their": "PRP$", "our": "PRP$", "my": "PRP$", "your": "PRP$",
	"of": "IN", "in": "IN", "on": "IN", "at": "IN", "by": "IN", "for": "IN", "with": "IN", "from": "IN",
	"into": "IN", "onto": "IN", "over": "IN", "under": "IN", "against": "IN", "between": "IN", "among": "IN",
	"amid": "IN", "after": "IN", "before": "IN", "during": "IN", "pending": "IN", "since": "IN", "until": "IN", "about": "IN",
	"through": "IN", "across": "IN", "toward": "IN", "towards": "IN", "near": "IN", "around": "IN",
	"without": "IN", "within": "IN", "despite": "IN", "via": "IN", "per": "IN", "off": "IN", "upon": "IN",
	"behind": "IN", "beyond": "IN", "along": "IN", "outside": "IN", "inside": "IN", "if": "IN",
	"because": "IN", "although": "IN", "though": "IN", "while": "IN", "whether": "IN", "unless": "IN",
	"as": "IN", "than": "IN", "like": "IN", "following": "IN", "including": "IN", "amongst": "IN",
	"to":   "TO",
	"that": "WDT", "which": "WDT", "who": "WP", "whom": "WP", "whose": "WP$", "what": "WP",
	"when": "WRB", "where": "WRB", "why": "WRB", "how": "WRB",
	"will": "MD", "would": "MD", "shall": "MD", "should": "MD", "can": "MD", "could": "MD",
	"may": "MD", "might": "MD", "must": "MD", "wo": "MD", "cannot": "MD",
	"not": "RB", "n't": "RB", "never": "RB", "also": "RB", "already": "RB", "still": "RB", "again": "RB",
	"repeatedly": "RB", "reportedly": "RB", "allegedly": "RB", "fully": "RB", "jointly": "RB",
	"recently": "RB", "later": "RB", "earlier": "RB", "yet": "RB", "just": "RB", "only": "RB",
	"formally": "RB", "officially": "RB", "strongly": "RB", "most": "RBS", "very": "RB", "publicly": "RB",
	"immediately": "RB", "reluctantly": "RB", "once": "RB", "twice": "RB", "now": "RB", "then": "RB",
	"there": "EX", "here": "RB", "so": "RB", "too": "RB", "even": "RB", "far": "RB", "together": "RB",
	"always": "RB", "perhaps": "RB", "sometimes": "RB", "nevertheless": "RB", "nonetheless": "RB",
	"afterwards": "RB", "instead": "RB", "soon": "RB", "often": "RB", "ever": "RB", "thus": "RB", "almost": "RB",
	"meanwhile": "RB", "separately": "RB", "elsewhere": "RB", "overnight": "RB", "however": "RB",
	"moreover": "RB", "furthermore": "RB", "additionally": "RB", "previously": "RB",
	"yesterday": "NN", "today": "NN", "tonight": "NN", "tomorrow": "NN",
	"'s": "POS", "’s": "POS", "up": "RP", "out": "RP", "down": "RP", "back": "RP",
	"is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD", "be": "VB", "been": "VBN", "being": "VBG",
	"am": "VBP", "'re": "VBP",
	"has": "VBZ", "have": "VBP", "had": "VBD", "having": "VBG",
	"does": "VBZ", "do": "VBP", "did": "VBD", "doing": "VBG", "done": "VBN",
}

var auxLemma = map[string]string{
	"is": "be", "are": "be", "was": "be", "were": "be", "be": "be", "been": "be", "being": "be", "am": "be",
	"has": "have", "have": "have", "had": "have", "having": "have",
	"does": "do", "do": "do", "did": "do", "doing": "do", "done": "do",
	"n't": "not", "wo": "will",
}

// irregular verbs: lemma → past, past participle (when they differ from
// the regular -ed forms).
var irregular = map[string][2]string{
	"arise": {"arose", "arisen"}, "bear": {"bore", "borne"}, "beat": {"beat", "beaten"},
	"become": {"became", "become"}, "begin": {"began", "begun"}, "bind": {"bound", "bound"},
	"blow": {"blew", "blown"}, "break": {"broke", "broken"}, "bring": {"brought", "brought"},
	"build": {"built", "built"}, "buy": {"bought", "bought"}, "catch": {"caught", "caught"},
	"choose": {"chose", "chosen"}, "come": {"came", "come"}, "cut": {"cut", "cut"},
	"draw": {"drew", "drawn"}, "drive": {"drove", "driven"}, "eat": {"ate", "eaten"},
	"fall": {"fell", "fallen"}, "feel": {"felt", "felt"}, "fight": {"fought", "fought"},
	"find": {"found", "found"}, "flee": {"fled", "fled"}, "fly": {"flew", "flown"},
	"forbid": {"forbade", "forbidden"}, "forgive": {"forgave", "forgiven"}, "freeze": {"froze", "frozen"},
	"get": {"got", "got"}, "give": {"gave", "given"}, "go": {"went", "gone"}, "grow": {"grew", "grown"},
	"hang": {"hanged", "hanged"}, "hear": {"heard", "heard"}, "hide": {"hid", "hidden"}, "hit": {"hit", "hit"},
	"hold": {"held", "held"}, "hurt": {"hurt", "hurt"}, "keep": {"kept", "kept"}, "know": {"knew", "known"},
	"lay": {"laid", "laid"}, "lead": {"led", "led"}, "leap": {"leapt", "leapt"}, "leave": {"left", "left"}, "lend": {"lent", "lent"},
	"let": {"let", "let"}, "lose": {"lost", "lost"}, "make": {"made", "made"}, "mean": {"meant", "meant"},
	"meet": {"met", "met"}, "mislead": {"misled", "misled"}, "oversee": {"oversaw", "overseen"},
	"overthrow": {"overthrew", "overthrown"}, "pay": {"paid", "paid"}, "put": {"put", "put"},
	"quit": {"quit", "quit"}, "rebuild": {"rebuilt", "rebuilt"}, "retake": {"retook", "retaken"},
	"ride": {"rode", "ridden"}, "rise": {"rose", "risen"}, "run": {"ran", "run"}, "say": {"said", "said"},
	"see": {"saw", "seen"}, "seek": {"sought", "sought"}, "sell": {"sold", "sold"}, "send": {"sent", "sent"},
	"set": {"set", "set"}, "shake": {"shook", "shaken"}, "shoot": {"shot", "shot"}, "shut": {"shut", "shut"},
	"sink": {"sank", "sunk"}, "slay": {"slew", "slain"}, "speak": {"spoke", "spoken"}, "spend": {"spent", "spent"},
	"spread": {"spread", "spread"}, "stand": {"stood", "stood"}, "steal": {"stole", "stolen"},
	"strike": {"struck", "struck"}, "swear": {"swore", "sworn"}, "sweep": {"swept", "swept"},
	"take": {"took", "taken"}, "teach": {"taught", "taught"}, "tear": {"tore", "torn"}, "tell": {"told", "told"},
	"think": {"thought", "thought"}, "throw": {"threw", "thrown"}, "undertake": {"undertook", "undertaken"},
	"understand": {"understood", "understood"}, "uphold": {"upheld", "upheld"}, "wake": {"woke", "woken"},
	"wear": {"wore", "worn"}, "win": {"won", "won"}, "withdraw": {"withdrew", "withdrawn"},
	"withhold": {"withheld", "withheld"}, "write": {"wrote", "written"}, "shed": {"shed", "shed"},
	"forsake": {"forsook", "forsaken"}, "overrun": {"overran", "overrun"}, "foresee": {"foresaw", "foreseen"},
	"overtake": {"overtook", "overtaken"}, "upset": {"upset", "upset"}, "bid": {"bid", "bid"},
	"broadcast": {"broadcast", "broadcast"}, "forecast": {"forecast", "forecast"}, "cast": {"cast", "cast"},
	"shine": {"shone", "shone"}, "dig": {"dug", "dug"}, "stick": {"stuck", "stuck"}, "sting": {"stung", "stung"},
	"light": {"lit", "lit"}, "feed": {"fed", "fed"}, "bleed": {"bled", "bled"}, "breed": {"bred", "bred"},
	"read": {"read", "read"}, "rid": {"rid", "rid"}, "lie": {"lay", "lain"}, "sit": {"sat", "sat"},
	"spin": {"spun", "spun"}, "split": {"split", "split"}, "mistake": {"mistook", "mistaken"},
}

// IrregularPast reports whether w (lower case) is the past tense or past
// participle of an irregular verb ("struck", "shot", "held"): a word that
// tells an act by its form without the regular -ed.
func IrregularPast(w string) bool {
	for _, f := range irregular {
		if f[0] == w || f[1] == w {
			return true
		}
	}
	return false
}

// NewLexicon returns a lexicon with the closed-class core and a base set
// of common verbs (speech, auxiliary-like and frequent news verbs).
func NewLexicon() *Lexicon {
	lx := &Lexicon{words: make(map[string]entry, 4096)}
	for w, t := range closed {
		l := auxLemma[w]
		if l == "" {
			l = w
		}
		lx.words[w] = entry{tag: t, lemma: l}
	}
	for _, w := range numberWords {
		lx.words[w] = entry{tag: "CD", lemma: w}
	}
	for _, w := range pluralNouns {
		lx.words[w] = entry{tag: "NNS", lemma: Singular(w)}
	}
	for _, w := range adjectives {
		lx.words[w] = entry{tag: "JJ", lemma: w}
	}
	for _, w := range []string{"more", "less", "fewer"} {
		lx.words[w] = entry{tag: "JJR", lemma: w} // "more than 200 people", "fewer troops"
	}
	lx.words["least"] = entry{tag: "JJS", lemma: "least"} // "at least five"
	for _, v := range baseVerbs {
		lx.AddVerb(v)
	}
	return lx
}

// pluralNouns are plural nouns that often open a wire sentence, where
// their capital would make them names: "Thousands of people", "Officials
// said", "Witnesses reported".
var pluralNouns = strings.Fields(`thousands hundreds dozens tens millions officials protesters
	demonstrators rebels militants insurgents residents witnesses analysts authorities activists
	lawmakers soldiers civilians troops fighters gunmen`)

// adjectives are frequent news adjectives that are neither nouns nor
// verb forms, tagged JJ: "heavy shelling", "direct talks" is left to
// context ("direct" is a verb too), "military" and "official" are nouns
// as often as not.
var adjectives = strings.Fields(`foreign nuclear economic political sexual social financial
	safe high same major international current recent central full largest big bigger biggest
	massive offshore medical private presidential large larger local young ballistic strong stronger
	immediate powerful personal huge corporate industrial humanitarian diplomatic parliamentary
	possible impossible ethnic serious special commercial nationwide multinational federal regional
	electric natural northern southern eastern western northeastern northwestern southeastern
	southwestern rare independent latest heavy heavier minor similar great greater global annual
	electoral strategic additional fierce deadly deadliest violent peaceful bilateral multilateral
	elderly unprecedented unilateral territorial tactical hypersonic interim transitional legal
	illegal constitutional unconstitutional judicial religious sectarian nationalist democratic
	authoritarian civilian fresh short-range long-range medium-range intercontinental
	bloody brutal fragile tense ongoing fellow unnamed anonymous unspecified angry furious unhappy`)

// numberWords are cardinal numbers written as words, tagged CD like
// digits ("three soldiers", "$7 billion"). Plural counts ("thousands",
// "dozens") stay nouns.
var numberWords = strings.Fields(`one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
	seventy eighty ninety hundred thousand million billion trillion`)

var baseVerbs = strings.Fields(`say tell add report claim state note announce confirm insist warn urge
	call ask add want need seem appear try plan intend expect hope vow pledge promise agree decide
	refuse fail continue begin start stop keep help allow include make take give get go come see know
	become remain show leave put set bring hold meet send seek lead run win lose face join move turn
	accuse deny cite quote describe reject condemn kill attack sign visit host arrest fire launch
	wear carry wield wave brandish chant ride`)

// AddVerb adds a verb lemma (lower case, e.g. "withdraw") with its
// inflections: third person -s, past, past participle (irregular ones from
// a built-in table) and -ing. Forms already known as other words keep
// their closed-class tag.
func (lx *Lexicon) AddVerb(lemma string) {
	lemma = strings.ToLower(strings.TrimSpace(lemma))
	if lemma == "" || strings.ContainsRune(lemma, ' ') {
		return
	}
	past, part := regularPast(lemma), regularPast(lemma)
	if irr, ok := irregular[lemma]; ok {
		past, part = irr[0], irr[1]
	}
	lx.addForm(lemma, lemma, formBase)
	lx.addForm(thirdPerson(lemma), lemma, formS)
	lx.addForm(past, lemma, formPast)
	lx.addForm(part, lemma, formPart)
	lx.addForm(ingForm(lemma), lemma, formIng)
	if n := len(lemma); n >= 4 && lemma[n-1] == 'l' && isVowel(lemma[n-2]) && (!isVowel(lemma[n-3]) || strings.HasSuffix(lemma, "ial")) && !doubles(lemma) {
		// British spelling doubles an unstressed final l: "signalled",
		// "cancelling", "labelled", "court-martialled" (American
		// "signaled" is regular)
		lx.addForm(lemma+"led", lemma, formPast)
		lx.addForm(lemma+"led", lemma, formPart)
		lx.addForm(lemma+"ling", lemma, formIng)
	}
}

func (lx *Lexicon) addForm(form, lemma string, bit uint8) {
	e, ok := lx.words[form]
	if ok && e.tag != "V" {
		return
	}
	if ok && e.lemma != lemma {
		// two verbs share a form ("found": find / found); keep the first
		return
	}
	lx.words[form] = entry{tag: "V", lemma: lemma, forms: e.forms | bit}
}

// Lemma returns the lemma of a lower-case word form when the lexicon knows
// it, else the form itself.
func (lx *Lexicon) Lemma(form string) string {
	if e, ok := lx.words[form]; ok {
		return e.lemma
	}
	return form
}

// PastOnly reports whether form (lower case) is a verb's simple past and
// never its past participle: "spoke", "went", "began" (not "met",
// "attacked"). Such a form heads a finite clause; it cannot be a passive
// or a reduced relative ("the minister spoke by phone").
func (lx *Lexicon) PastOnly(form string) bool {
	e, ok := lx.words[form]
	return ok && e.tag == "V" && e.forms&formPast != 0 && e.forms&formPart == 0
}

// IsVerb reports whether the lower-case form is a known verb form.
func (lx *Lexicon) IsVerb(form string) bool {
	e, ok := lx.words[form]
	return ok && e.tag == "V"
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || v == "go" || v == "do":
		return v + "es"
	case len(v) > 1 && v[len(v)-1] == 'y' && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// doubles reports whether a CVC-final verb doubles its last consonant
// (stop → stopped). Only short stressed-final verbs do; a short list of
// longer ones is kept explicitly.
func doubles(v string) bool {
	n := len(v)
	if n < 3 {
		return false
	}
	c, vw, c0 := v[n-1], v[n-2], v[n-3]
	qu := c0 == 'u' && n >= 4 && v[n-4] == 'q' // "equip": the u of qu is no vowel
	if isVowel(c) || c == 'w' || c == 'x' || c == 'y' || !isVowel(vw) || isVowel(c0) && !qu {
		return false
	}
	if syllables(v) == 1 || strings.HasSuffix(v, "mit") || strings.HasSuffix(v, "pel") || strings.HasSuffix(v, "cur") {
		return true // "chip", "jot"; a stressed last syllable: "readmit", "dispel", "recur"
	}
	switch v {
	case "commit", "submit", "admit", "permit", "omit", "rebel", "compel", "expel", "repel", "propel",
		"patrol", "control", "refer", "prefer", "confer", "deter", "occur", "incur", "regret", "abet",
		"embed", "equip", "outstrip", "ban", "bar", "plan", "stop", "drop", "ship", "grab", "rob", "tap",
		"trap", "step", "shop", "jam", "scrap", "spot", "plot", "pin", "rig", "nab", "net", "vet",
		"strip", "slam", "clap", "flag", "lag", "tag", "beg", "hug", "mar", "star", "scar", "pit", "bat", "pat", "ram", "top", "chop", "map", "tip", "nod", "sob", "rap", "zip", "wed", "bug", "tug", "dip", "skip", "slip", "trip", "sip", "rip", "snap", "stab", "kidnap", "put", "cut", "set", "get", "hit", "let", "shut", "run", "win", "begin", "sit", "spin",
		"swap", "snub", "shrug", "gun", "stun", "flip", "dub", "jab", "plug", "wrap", "grip", "drag", "spur", "stir",
		"blur", "prod", "trim", "slap", "blot", "scan", "mob", "spar", "rub", "hop", "prop", "sag", "clog",
		"airdrop", "lob", "rebut", "club", "transfer", "outgun", "jet", "drum", "whip", "sidestep", "pen", "concur",
		"tear-gas", "teargas":
		return true
	}
	return false
}

// syllables counts v's vowel groups ("chip" 1, "kidnap" 2; y after a
// consonant is a vowel).
func syllables(v string) int {
	n, in := 0, false
	for i := 0; i < len(v); i++ {
		vowel := isVowel(v[i]) || v[i] == 'y' && i > 0 && !isVowel(v[i-1])
		if vowel && !in {
			n++
		}
		in = vowel
	}
	return n
}

func regularPast(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case len(v) > 1 && v[len(v)-1] == 'y' && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	case doubles(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

func ingForm(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return v + "ing"
	case strings.HasSuffix(v, "e") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	case doubles(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}

// nounBlockers are tags after which an ambiguous verb form is read as a
// noun ("the attack", "its support", "Russia's war", "two deals").
var nounBlockers = map[string]bool{"DT": true, "PRP$": true, "POS": true, "JJ": true, "CD": true, "IN": true, "NN": true}

// compoundFirst are nouns that start compound nouns whose second word is
// also a verb form: after them the form is a noun ("air strikes", "drone
// attacks", "peace talks").
var compoundFirst = map[string]bool{"air": true, "drone": true, "missile": true, "rocket": true, "artillery": true,
	"mortar": true, "suicide": true, "cyber": true, "terror": true, "hunger": true, "peace": true, "border": true,
	"ground": true, "naval": true, "sea": true, "gas": true, "grenade": true, "bomb": true, "knife": true, "arms": true}

// Tag assigns Penn tags and lemmas to toks in place and returns them.
// With a nil lexicon only shape rules apply.
func Tag(toks []dyad.Token, lx *Lexicon) []dyad.Token {
	if lx == nil {
		lx = &Lexicon{}
	}
	for i := range toks {
		t := &toks[i]
		if i > 0 && honorific(toks[i-1].Lower) && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
			t.Tag, t.Lemma = "NNP", t.Lower // "Mrs May", "Mr Said": a name after an honorific
			continue
		}
		if modalNoLonger(toks, i) {
			t.Tag, t.Lemma = "RB", t.Lower // "would no longer accept aid": an adverb of the verb after it (no_longer.go)
			continue
		}
		if t.Lower == "may" && MonthMay(toks, i) {
			t.Tag, t.Lemma = "NNP", "may" // "on 3 May", "in May": the month, not the modal (month_may.go)
			continue
		}
		e, ok := lx.words[t.Lower]
		if ok && e.tag != "V" {
			t.Tag, t.Lemma = e.tag, e.lemma
			if t.Text == "US" {
				t.Tag, t.Lemma = "NNP", "us" // the state, not the pronoun: "the US strikes on Iraq"
			}
			if t.Lower == "that" && i > 0 && toks[i-1].Tag == "IN" {
				t.Tag = "DT"
			}
			continue
		}
		if !ok {
			e, ok = lx.hyphenVerb(t.Lower) // "air-dropped", "re-imposed": the verb written whole
		}
		guessed := false
		if !ok {
			guessed = true
			e.forms = guessForms(t.Lower)
			ok = e.forms != 0 && !isUpperASCII(t.Text) // not names: "Ahmed", "Beijing"
			e.tag, e.lemma = "V", t.Lower
			if ok && e.forms == formIng && (i+1 == len(toks) || !lx.objectAhead(toks[i+1])) {
				ok = false // "drug trafficking along", "the bloodletting": a noun
			}
		}
		if ok {
			t.Lemma = e.lemma
			t.Tag = lx.verbTag(toks, i, e)
			if t.Tag == "" && pluralPossessed(toks, i) {
				toks[i-1].Tag = "POS" // the apostrophe of "the militants' attack" is a possessive, as "'s" is
			}
			if guessed && (t.Tag == "VBD" || t.Tag == "VBN" && i > 0 && !auxBefore(toks, i) && (i+1 == len(toks) || toks[i+1].Lower != "by")) {
				t.Tag = guessedParticiple(toks, i, lx)
			}
			if guessed && !lx.finite && (t.Tag == "VBD" || t.Tag == "VBG" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VB" ||
				t.Tag == "VBN" && auxBefore(toks, i)) {
				t.Tag, t.Lemma = "", ""
			}
			if t.Tag != "" {
				continue
			}
		}
		t.Tag = shapeTag(t.Text, i)
		if ok && t.Tag == "RB" {
			t.Tag = "NN" // a verb form read as a noun is no adverb: "supply boats", "rally"
		}
		if lx.finite && t.Tag == "NN" && i > 0 && toks[i-1].Lower == "to" && i+1 < len(toks) && (lx.objectAhead(toks[i+1]) || controlBefore(toks, i-1)) {
			t.Tag = "VB" // "to honour the dead", "urged Syria to protect civilians": an infinitive
		}
		if t.Lemma == "" {
			t.Lemma = t.Lower
			if t.Tag == "NNS" {
				t.Lemma = Singular(t.Lower)
			}
		}
	}
	return toks
}

// hyphenVerb looks up a hyphened word the lexicon does not know as the
// verb it spells: the word with its hyphens taken out ("air-dropped" is
// "airdropped", a form of airdrop; "air-lifts" of airlift) or, after the
// prefix "re-", the verb repeated ("re-imposed" is a form of impose). It
// returns the verb's entry, with its lemma and forms, and false when the
// word has no hyphen or spells no verb ("so-called", "Saudi-led",
// "co-hosted": the lexicon's verbs only).
func (lx *Lexicon) hyphenVerb(w string) (entry, bool) {
	if strings.IndexByte(w, '-') < 0 {
		return entry{}, false
	}
	if e, ok := lx.words[strings.ReplaceAll(w, "-", "")]; ok && e.tag == "V" {
		return e, true
	}
	if rest, ok := strings.CutPrefix(w, "re-"); ok && strings.IndexByte(rest, '-') < 0 {
		if e, ok := lx.words[rest]; ok && e.tag == "V" {
			return e, true
		}
	}
	return entry{}, false
}

// honorific reports a title of address written before a surname.
func honorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.":
		return true
	}
	return false
}

// controlBefore reports whether the "to" at i follows a verb that takes
// an infinitive ("vowed to", "urged allies to", "declined to"), past at
// most three words of its object.
func controlBefore(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if strings.HasPrefix(t.Tag, "VB") {
			switch t.Lemma {
			case "urge", "ask", "want", "plan", "agree", "vow", "pledge", "decline", "refuse", "seek", "try",
				"aim", "continue", "begin", "start", "decide", "promise", "threaten", "intend", "expect", "hope",
				"fail", "need", "help", "allow", "force", "order", "invite", "encourage", "press", "call",
				"appear", "seem", "prepare", "vote", "work", "struggle":
				return true
			}
			return false
		}
		switch t.Tag {
		case "NN", "NNS", "NNP", "NNPS", "PRP", "RB", "DT", "JJ", "CD", "POS", "IN":
			continue
		}
		return false
	}
	return false
}

// guessForms returns the verb form bits of a word the lexicon does not
// know from its ending: -ed a past tense or participle ("dismantled",
// "boarded"), -ing a present participle ("wielding"), else 0. Words
// with a hyphen ("so-called", "Saudi-led" are adjectives), short words
// and the nouns and adverbs that merely end so are none.
func guessForms(w string) uint8 {
	n := len(w)
	if n < 5 || strings.IndexByte(w, '-') >= 0 {
		return 0
	}
	switch {
	case w[n-2] == 'e' && w[n-1] == 'd':
		if w[n-3] == 'e' && n < 8 || notPast(w) {
			return 0 // "speed", "greed", "proceed" (but "guaranteed")
		}
		return formPast | formPart
	case n >= 6 && w[n-3] == 'i' && w[n-2] == 'n' && w[n-1] == 'g':
		if notIng(w) {
			return 0
		}
		return formIng
	}
	return 0
}

// auxBefore reports whether a form of be or have comes right before the
// token at i (adverbs between are skipped): "were (later) detained".
func auxBefore(toks []dyad.Token, i int) bool {
	a := auxAt(toks, i)
	return a == "be" || a == "have"
}

// auxAt returns the lemma of the word before the token at i, skipping up
// to two adverbs ("were (later) detained": "be"), "MD" for a modal, or ""
// at the start of the sentence or past the adverbs.
func auxAt(toks []dyad.Token, i int) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].Tag == "RB" {
			continue
		}
		if toks[j].Tag == "MD" {
			return "MD"
		}
		return toks[j].Lemma
	}
	return ""
}

// guessedParticiple retags a guessed -ed form at i that verbTag read as
// a past tense or a participle without an auxiliary: before a noun with no subject right before it it is an
// adjective, JJ ("allied Arab militias", "sick and injured children");
// after a noun in a clause that already has its finite verb a
// participle, VBN ("inspected the fuel stored at"); else VBD.
func guessedParticiple(toks []dyad.Token, i int, lx *Lexicon) string {
	prev := ""
	if i > 0 {
		prev = toks[i-1].Tag
	}
	subject := prev == "NN" || prev == "NNS" || prev == "NNP" || prev == "NNPS" || prev == "PRP"
	if i+1 == len(toks) {
		return "VBD"
	}
	next := toks[i+1]
	if !subject && (lx.nounAhead(next.Lower) || isUpperASCII(next.Text) && next.Lower != "i") {
		return "JJ"
	}
	if !subject || prev == "PRP" || lx.words[next.Lower].tag != "IN" {
		return "VBD"
	}
	for j := i - 2; j >= 0; j-- {
		switch toks[j].Tag {
		case ",", "CC", "WDT", "WP", ":", "IN":
			return "VBD"
		case "VBD", "VBZ", "VBP":
			switch toks[j].Lemma {
			case "say", "tell", "claim", "report", "add", "state", "announce", "believe", "think", "know",
				"warn", "insist", "deny", "confirm", "show", "suggest", "be", "have":
				return "VBD"
			}
			return "VBN"
		}
	}
	return "VBD"
}

// notPast lists words ending in -ed that are no verb forms.
func notPast(w string) bool {
	switch w {
	case "hundred", "indeed", "sacred", "naked", "wicked", "rugged", "ragged", "beloved", "kindred",
		"crooked", "wretched", "shred", "learned", "aged", "jagged", "dogged", "embed", "unarmed":
		return true
	}
	return false
}

// notIng lists words ending in -ing that are nouns or prepositions, never
// verb forms.
func notIng(w string) bool {
	switch w {
	case "morning", "evening", "something", "anything", "nothing", "everything", "during", "ceiling",
		"wedding", "sibling", "pudding", "sterling", "spring", "string", "viking", "offspring", "earring",
		"notwithstanding", "pending", "herring", "lightning", "inkling", "dumpling", "duckling", "seedling":
		return true
	}
	return false
}

// objectAhead reports whether tok can open the object of a verb before
// it: a determiner, possessive, number, object pronoun or a capitalised
// name.
func (lx *Lexicon) objectAhead(tok dyad.Token) bool {
	if tok.Text == "" {
		return false
	}
	if c := tok.Text[0]; c >= '0' && c <= '9' || isUpperASCII(tok.Text) && tok.Lower != "i" {
		return true
	}
	switch tok.Lower {
	case "him", "her", "them", "us", "me", "it", "itself", "themselves", "himself", "herself":
		return true
	}
	e, ok := lx.words[tok.Lower]
	return ok && (e.tag == "DT" || e.tag == "PRP$" || e.tag == "CD")
}

// verbTag picks the verb tag of an ambiguous verb form from its context,
// or "" when the context says it is a noun or adjective.
func (lx *Lexicon) verbTag(toks []dyad.Token, i int, e entry) string {
	if PredicativeAdjective(toks, i) {
		return "JJ" // "is ready to negotiate", "was not willing to": an adjective after "be"
	}
	if i >= 2 && (toks[i-2].Lower == "a" || toks[i-2].Lower == "an") && toks[i-1].Tag == "NNS" && e.forms&(formBase|formS) != 0 {
		return "" // "an arms embargo", "a weapons cache": the head noun after a plural modifier that "a" cannot govern
	}
	if e.forms&(formBase|formS) != 0 && !reporting(e.lemma) && pluralPossessed(toks, i) {
		return "" // "after the militants' attack on a base", "the farmers' protests": the possessed noun
	}
	if toks[i].Lower == "sanctions" && i > 0 && newMeasure(toks[i-1].Lower) {
		return "" // "balked at new sanctions on Russia": the plural noun after its adjective
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].Tag
		if toks[i-1].Lower == "to" {
			if e.forms&formBase != 0 {
				return "VB"
			}
		}
	}
	if first := i == 0 || i == 1 && isOpenQuote(toks[0].Lower); first && isUpperASCII(toks[i].Text) {
		// a sentence opens with a subject, not a finite verb: "Attacks
		// on …" is a plural noun, "Jailed Russian opposition leader …"
		// a participle
		if e.forms&formS != 0 && e.forms&(formBase|formPast|formPart|formIng) == 0 {
			return "NNS"
		}
		if e.forms&formPart != 0 && e.forms&formBase == 0 {
			return "VBN"
		}
		if e.forms&formBase != 0 && i+2 < len(toks) && toks[i].Lower == e.lemma && strings.HasSuffix(toks[i+1].Lower, "s") && lx.nounAhead(toks[i+1].Lower) &&
			(pluralEnd(toks[i+2].Lower) || lx.finiteAhead(toks[i+2].Lower)) {
			return "" // "Rescue teams from Turkey arrived", "Search teams have": a compound's modifier, no imperative
		}
	} else if e.forms == formIng && isUpperASCII(toks[i].Text) && i+1 < len(toks) && isUpperASCII(toks[i+1].Text) {
		return "" // a name: "Downing Street"
	}
	if lx.countedNoun(toks, i, e) {
		return "" // "two Thai insurgent suspects to", "six Mi-35 attack helicopters": a count's noun phrase (counted.go)
	}
	if lx.objectModifier(toks, i, e) || lx.afterObjectModifier(toks, i, e) {
		return "" // "gave their counterparts phone intercepts": a modifier inside a verb's object (object_modifier.go)
	}
	if (prev == "CD" || prev == "IN") && e.forms&(formPast|formPart) != 0 && i+1 < len(toks) && lx.nounAhead(toks[i+1].Lower) {
		return "VBN" // "12 suspected militants", "over planned tax rises"
	}
	if e.forms == formIng && i+1 < len(toks) && lx.phraseEnds(toks[i+1].Lower) &&
		(prev == "DT" || prev == "PRP$" || prev == "POS" || prev == "JJ" || prev == "NN" && !isUpperASCII(toks[i-1].Text)) {
		return "" // "heavy shelling killed", "the parliament building on": a noun
	}
	if e.forms == formS && i >= 3 && toks[i-2].Lower == "on" && dateName(toks[i-1].Lower) && strings.HasPrefix(toks[i-3].Tag, "VB") {
		// "rejected on Friday calls from lawmakers": the verb's object
		// after the weekday that dates it, a plural noun
		return ""
	}
	if prev == "NN" && e.forms == formS && i >= 2 && strings.HasPrefix(toks[i-2].Tag, "VB") && toks[i-1].Lower != "aside" {
		// "held security talks in", "sent rescue teams": the object's head
		// noun ("brushed aside calls by the UN" is left as it was: the
		// coder reads the UN as the target of a plural noun there)
		return ""
	}
	if e.forms == formS && i > 0 && i+1 < len(toks) && !reporting(e.lemma) {
		// an -s form that is no verb of saying is a plural noun after an
		// initialism, a demonym or a compound's modifier
		next := toks[i+1].Lower
		if initialism(toks[i-1].Text) && lx.finiteAhead(next) {
			return "" // "US forces struck", "UN forces have": the initialism's plural noun, subject of the verb after it ("US withdraws troops" stays a verb)
		}
		if initialism(toks[i-1].Text) && (pluralEnd(next) || i >= 2 && (toks[i-2].Tag == "DT" || toks[i-2].Tag == "PRP$" || toks[i-2].Tag == "POS")) {
			return "" // "condemned the US strikes on Iraq", "US sanctions on Russia": the initialism modifies a plural noun
		}
		if pluralEnd(next) && (prev == "NNP" && demonym(toks[i-1].Lower) ||
			prev == "NN" && i >= 2 && modifierTag(toks[i-2].Tag) && !titleHead(toks[i-1].Lower)) {
			// "fire from Russian forces.", "Israeli strikes on Gaza": a
			// plural after a demonym; "Iraqi security forces of using",
			// "on espionage charges.": a compound's plural head
			return ""
		}
	}
	if e.forms == formS && i+1 < len(toks) && !reporting(e.lemma) && e.lemma != "seem" && (pluralAux(toks[i+1].Lower) ||
		i >= 2 && (prev == "CC" && toks[i-1].Lower != "but") && toks[i-2].Tag == "NNS" && lx.finiteAhead(toks[i+1].Lower)) {
		// "where protests have entered", "U.S. forces did not": an -s
		// form right before a plural auxiliary is its subject; "knives
		// and axes boarded": a plural noun's conjunct before a verb
		return ""
	}
	if e.forms == formS && i > 0 && (nounPlural(toks[i].Lower) || leansVerb(toks[i].Lower)) && pluralAfterModifier(toks, i, lx) {
		// "radio stations", "Central Asian states", "anti-government
		// protests", "border posts on": a noun's plural after its modifier
		// (a verb of saying after a common noun stays one: "the embassy
		// claims")
		return ""
	}
	if (prev == "NN" || prev == "NNS") && e.forms&formPart != 0 && i+1 < len(toks) && toks[i+1].Lower == "by" {
		return "VBN" // "a statement carried by", "the truce brokered by Egypt": a reduced passive
	}
	if (prev == "NNS" || prev == "NNPS") && e.forms&formPart != 0 && e.forms&formPast != 0 && i+1 < len(toks) && lx.finiteLater(toks, i+1) {
		return "VBN" // "gunmen armed with rifles attacked": a reduced relative before the clause's verb
	}
	if i > 0 && toks[i-1].Tag == "DT" && isUpperASCII(toks[i].Text) && i+1 < len(toks) && isUpperASCII(toks[i+1].Text) {
		return "" // a name after its article: "the United States", "the United Nations"
	}
	prevAux := auxAt(toks, i)
	if i > 0 && toks[i-1].Text != "" && toks[i-1].Text[0] >= 'A' && toks[i-1].Text[0] <= 'Z' &&
		toks[i].Text[0] >= 'A' && toks[i].Text[0] <= 'Z' && i > 1 {
		return "" // inside a capitalised name: "the Security Council"
	}
	switch {
	case prevAux == "MD" || prevAux == "do":
		if e.forms&formBase != 0 {
			return "VB"
		}
	case prevAux == "have":
		if e.forms&formPart != 0 {
			return "VBN"
		}
	case prevAux == "be":
		if e.forms&formIng != 0 {
			return "VBG"
		}
		if e.forms&formPart != 0 {
			return "VBN"
		}
	}
	if strings.HasPrefix(prev, "VB") && prevAux != "be" && prevAux != "have" && prevAux != "do" &&
		e.forms&(formPast|formPart|formIng) == 0 {
		return "" // "hold talks": a plain form right after a content verb is its object
	}
	if (e.forms&formS != 0 && e.forms&(formPast|formPart|formIng) == 0 || e.forms == formIng) && i+1 < len(toks) && (prev == "NNP" || prev == "NN") {
		// "Tbilisi protests enter …": a plural noun when a verb follows
		if n, ok := lx.words[toks[i+1].Lower]; ok && (n.tag == "V" && (n.forms&(formBase|formS) != 0 && n.forms&formPast == 0 || prev == "NNP" && i >= 2 && toks[i-2].Tag == "DT") ||
			n.tag == "MD" || n.lemma == "be" || n.lemma == "have") && !objectPlural(toks[i+1].Lower) && !(e.lemma == "stand" && toks[i+1].Lower == "ready") {
			return "" // "the Vienna talks were …" (not "Washington imposes sanctions on")
		}
	}
	if prev == "NN" && e.forms&formBase != 0 {
		// "demanded that the government withdraw …", "that the electoral
		// commission recount votes": a subjunctive after "that"
		for j := i - 2; j >= 0 && j >= i-4; j-- {
			if toks[j].Lower == "that" {
				return "VB"
			}
			if toks[j].Tag != "DT" && toks[j].Tag != "NN" && toks[j].Tag != "NNP" && toks[j].Tag != "JJ" {
				break
			}
		}
	}
	if e.forms&formS != 0 && e.forms&(formPast|formPart|formIng|formBase) == 0 && (prev == "NNP" || prev == "NN" || prev == "JJ") && i+1 < len(toks) {
		// "Russian forces shelled …", "28 Afghan convicts": a plural noun
		// before a past-tense verb or after a number
		next := i + 1
		if next+1 < len(toks) && strings.HasSuffix(toks[next].Lower, "ly") && len(toks[next].Lower) > 4 {
			next++ // "Russian forces routinely tortured"
		}
		if n, ok := lx.words[toks[next].Lower]; ok && n.tag == "V" && n.forms&formPast != 0 && n.forms&formBase == 0 || i >= 2 && toks[i-2].Tag == "CD" && pluralCount(toks[i-2].Lower) {
			return ""
		}
	}
	if e.forms&formS != 0 && e.forms&(formPast|formPart|formIng|formBase) == 0 && inPrepObject(toks, i) {
		return "" // "for their first direct talks in three years": a preposition's noun phrase has no verb
	}
	if e.forms == formBase && i+2 < len(toks) && lx.modifiesSubject(toks, i) {
		return "" // ", state media reported", "riot police detained": a compound's modifier
	}
	if e.forms == formBase && prev == "NNP" && (i+1 == len(toks) || toks[i+1].Lower != "to" || indefiniteName(toks, i)) && nameModifies(toks, i, lx) {
		return "" // "in Borno state", "Georgian riot police", "Washington state passed": no verb of a singular name
	}
	if prev == "NNP" && i >= 2 && (toks[i-2].Tag == "DT" || toks[i-2].Tag == "PRP$") && demonym(toks[i-1].Lower) && e.forms&(formPast|formPart|formIng) == 0 && reporting(e.lemma) {
		return "" // "a Palestinian state", "the Russian report": a noun, no verb of saying
	}
	if e.forms&(formPast|formPart|formIng) == 0 && i+1 < len(toks) && (toks[i+1].Lower == "warrant" || toks[i+1].Lower == "warrants") {
		return "" // "an ICC arrest warrant", "a search warrant": a compound's modifier
	}
	if prev == "NN" && e.forms&(formPast|formPart|formIng) == 0 && compoundFirst[toks[i-1].Lower] {
		return "" // "air strikes", "drone attacks", "hunger strikes": a compound noun
	}
	if nounBlockers[prev] && e.forms&(formPast|formPart|formIng) == 0 && !(prev == "NN" && e.forms&formS != 0 && e.forms&formBase == 0) {
		return "" // "the attack", "its support", "two attacks"
	}
	if prev == "RB" && i >= 2 && articleOrPossessive(toks[i-2]) && e.forms&(formPast|formPart|formIng) == 0 {
		return "" // "an overnight attack", "their overnight raids": an adverb used as the noun's adjective
	}
	if (prev == "DT" || prev == "PRP$" || prev == "POS" || prev == "NN" || prev == "JJ") && e.forms == formIng && i+1 < len(toks) && toks[i+1].Lower == "of" {
		return "" // "the kidnapping of 25 schoolgirls": a gerund noun
	}
	if (prev == "DT" || prev == "PRP$" || prev == "POS") && e.forms&(formPast|formPart) != 0 {
		return "VBN" // "the signed deal", "its announced plan": participle used as adjective
	}
	if e.forms&(formPast|formPart|formIng|formS) == 0 && prev == "NNP" && i >= 2 && toks[i-2].Tag == "DT" &&
		!strings.HasSuffix(toks[i-1].Lower, "s") && !pluralNames[toks[i-1].Lower] && !demonym(toks[i-1].Lower) {
		return "" // "from the Ofer jail": a base form after "the" and a singular name is no verb of it
	}
	if e.forms&(formPast|formPart|formIng|formS) == 0 && prev == "NNP" && i >= 2 && demonym(toks[i-1].Lower) && singularDemonym(toks[i-2].Lower, toks[i-1].Lower) && (i+1 == len(toks) || toks[i+1].Lower != "to") {
		return "" // "repelled a Ukrainian attack", "the Russian strike on": a demonym after an article modifies the noun (a form before "to" is left a verb, as nameModifies leaves it: "a Chinese offer to mediate")
	}
	if e.forms&(formPast|formPart|formIng) == 0 && prev == "NNP" && i+1 < len(toks) && toks[i].Text != toks[i].Lower && toks[i].Text != strings.ToUpper(toks[i].Text) {
		// "Islamic State claimed": a capitalised word between a name and a
		// past-tense verb ends the name
		if n, ok := lx.words[toks[i+1].Lower]; ok && n.tag == "V" && n.forms&formPast != 0 && n.forms&formBase == 0 {
			return ""
		}
	}
	switch {
	case e.forms&formPast != 0:
		return "VBD"
	case e.forms&formIng != 0:
		return "VBG"
	case e.forms&formPart != 0:
		return "VBN"
	case e.forms&formS != 0:
		return "VBZ"
	}
	return "VBP"
}

// pluralNames are names of groups that take a plural verb without an -s:
// "the Taliban say".
var pluralNames = map[string]bool{"taliban": true, "peshmerga": true, "mujahideen": true, "janjaweed": true, "police": true}

// modifierTag reports tags of words that come before a noun modifier
// inside a noun phrase without being its determiner: "Iraqi security
// forces", "EU accession talks". (After a preposition, "on espionage
// charges", the coder still needs the verb tag: it reads "balked at new
// sanctions on Russia" as a target otherwise.)
func modifierTag(tag string) bool {
	return tag == "NNP" || tag == "NNPS" || tag == "JJ" || tag == "CD"
}

// titleHead reports a singular noun naming one person by office ("the
// French president", "Kenya's foreign minister"), which heads its noun
// phrase and modifies no plural after it: "the French president lands
// in Kenya" is a verb, where "Iraqi security forces in" is a compound's
// plural head.
func titleHead(w string) bool {
	switch w {
	case "president", "minister", "premier", "chancellor", "leader", "envoy", "secretary", "king", "queen",
		"prince", "pope", "ambassador", "spokesman", "spokeswoman", "spokesperson", "commander", "mayor", "governor":
		return true
	}
	return false
}

// objectPlural reports plural nouns that look like verb forms and are
// the usual objects of a verb before them: "Washington imposes sanctions
// on", "Kyiv resumes talks with" (the word before stays the verb).
func objectPlural(w string) bool {
	switch w {
	case "sanctions", "tariffs", "talks", "strikes", "attacks", "ties", "troops", "forces", "curbs", "measures",
		"calls", "demands", "threats", "warnings", "airstrikes", "raids", "drones", "missiles", "rockets",
		"claims", "reports":
		return true
	}
	return false
}

// pluralEnd reports words after which an -s form that follows a noun
// ends its noun phrase: punctuation, a coordinator and prepositions
// that take no verb's object.
func pluralEnd(w string) bool {
	switch w {
	case ".", ",", ";", ":", "and", "or", "of", "in", "on", "for", "at", "from", "over", "against", "with", "near":
		return true
	}
	return false
}

// finiteLater reports a reduced relative's phrase from token i: a
// preposition ("with", "in", "from", "near", "on", "at", "to") whose noun
// phrase of at most seven words is followed by a word that can only be a
// finite verb there ("gunmen armed with assault rifles attacked", "troops
// stationed near the border shelled"). "At least" and "at most" open a
// count, no place: "soldiers killed at least 20 people suspected of links
// to rebels" keeps "killed" the clause's verb, "suspected" the reduced
// relative after its object (dev54 W54055).
func (lx *Lexicon) finiteLater(toks []dyad.Token, i int) bool {
	switch toks[i].Lower {
	case "with", "in", "from", "near", "on", "at", "along", "across", "inside", "to":
	default:
		return false
	}
	if countOpener(toks, i) {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+8; j++ {
		w := toks[j].Lower
		switch w {
		case ",", ";", ":", ".", "but", "that", "which", "who", "to", "of", "by":
			return false
		case "and", "or":
			if j+1 < len(toks) && lx.finiteAhead(toks[j+1].Lower) {
				return false // "met in Kuala Lumpur and agreed": two verbs of one subject
			}
			continue // "armed with AK-47 rifles and machetes attacked"
		}
		if lx.finiteAhead(w) && w != "have" && w != "had" && w != "has" {
			prev := toks[j-1].Lower
			return prev != "the" && prev != "a" && prev != "an"
		}
	}
	return false
}

// countOpener reports "at least" or "at most" from token i: the words
// open a count ("killed at least 20 people"), not a place phrase as "at"
// alone does ("gunmen stationed at the border shelled").
func countOpener(toks []dyad.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Lower == "at" && (toks[i+1].Lower == "least" || toks[i+1].Lower == "most")
}

// finiteAhead reports whether the lower-case word w can only be read as
// a finite verb after a noun: a past form that is no participle-only form
// ("struck", "attacked"), a modal, or a form of have/be.
func (lx *Lexicon) finiteAhead(w string) bool {
	switch w {
	case "will", "would", "could", "can", "may", "might", "must", "should", "have", "has", "had", "are", "were", "was", "is":
		return true
	}
	e, ok := lx.words[w]
	return ok && e.forms&formPast != 0
}

// articleOrPossessive reports an article or a possessive determiner ("a",
// "an", "the", "its", "their", "his", "her", "our"), which opens a noun
// phrase and is no subject: an adverb after it modifies the noun ("an
// overnight attack"), where one after "all" may stand before a verb ("they
// all strongly condemn").
func articleOrPossessive(t dyad.Token) bool {
	switch t.Lower {
	case "a", "an", "the", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// initialism reports a state or body written as capitals that modifies a
// noun as often as it acts: "US forces", "UN sanctions", "EU leaders".
func initialism(w string) bool {
	switch w {
	case "US", "UK", "EU", "UN", "U.S.", "U.K.", "U.N.", "NATO":
		return true
	}
	return false
}

// demonym reports whether the lower-case name w has a demonym's ending
// ("russian", "israeli", "chinese", "turkish") and so modifies a noun
// rather than being a subject: not "iran", "japan", "pakistan", whose -n
// is no suffix.
func demonym(w string) bool {
	n := len(w)
	switch {
	case n > 4 && w[n-3:] == "ian", n > 4 && w[n-3:] == "ese", n > 4 && w[n-3:] == "ish", n > 4 && w[n-3:] == "ean":
		return true
	case n > 4 && w[n-1] == 'i' && w[n-2] != 'i':
		return w != "delhi" && w != "mali" && w != "brunei" && w != "hawaii" && w != "nairobi"
	}
	return false
}

// reporting reports verbs of saying and thinking, whose present tense
// ends a wire sentence ("…, the Iraqi military says.").
func reporting(lemma string) bool {
	switch lemma {
	case "say", "tell", "add", "claim", "report", "warn", "insist", "believe", "think", "write", "argue",
		"note", "state", "explain", "announce", "confirm", "deny", "accuse", "allege", "estimate", "expect":
		return true
	}
	return false
}

// isOpenQuote reports an opening quote or bracket (lower-cased token).
func isOpenQuote(w string) bool {
	return w == "\"" || w == "'" || w == "(" || w == "“" || w == "‘"
}

// isUpperASCII reports whether w starts with an ASCII capital letter.
func isUpperASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// nounAhead reports whether the lower-case word w can head or modify a
// noun phrase that a participle before it modifies: a word the lexicon
// does not know (most nouns), an adjective, a number or a plural noun
// that is also a verb form ("attacks").
func (lx *Lexicon) nounAhead(w string) bool {
	if w == "" || !isWordByte(w[0]) {
		return false
	}
	e, ok := lx.words[w]
	return !ok || e.tag == "JJ" || e.tag == "CD" || e.tag == "NNS" || e.tag == "V" && e.forms == formS
}

// phraseEnds reports whether the lower-case word w cannot continue a
// noun phrase as its object or head, so that an -ing form before it is
// itself the head noun: punctuation, a conjunction, relative pronoun,
// modal or auxiliary, or a finite verb form. A preposition does not end
// it: the coder reads "came under heavy shelling from" and "a meeting
// between" as events of the verb.
func (lx *Lexicon) phraseEnds(w string) bool {
	if w == "" {
		return true
	}
	if !isWordByte(w[0]) {
		return w != "$" && w != "\"" && w != "“"
	}
	e, ok := lx.words[w]
	if !ok {
		return false
	}
	switch e.tag {
	case "CC", "TO", "WDT", "MD", "VBZ", "VBD", "VBP":
		return true
	case "V":
		return e.forms&(formPast|formPart|formS) != 0
	}
	return false
}

func shapeTag(w string, i int) string {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return w // punctuation tags are the punctuation itself
	}
	c := w[0]
	switch {
	case c >= '0' && c <= '9':
		return "CD"
	case c >= 'A' && c <= 'Z':
		return "NNP"
	case c < 0x80 && !(c >= 'a' && c <= 'z'):
		return w // punctuation tags are the punctuation itself
	}
	if strings.HasSuffix(w, "ly") && len(w) > 4 {
		return "RB"
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return "NNS"
	}
	if isUpperRune(w) {
		return "NNP"
	}
	return "NN"
}

func isUpperRune(w string) bool {
	for _, r := range w {
		return r != rune(strings.ToLower(string(r))[0]) && r >= 0x80 && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// Singular strips a regular plural ending from the lower-case word w
// ("parties" "party", "marches" "march", "strikes" "strike"): the lemma
// Tag gives a plural noun the lexicon does not know.
func Singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// inPrepObject reports whether the words before token i, back to a
// preposition, are all determiners and modifiers with one before i at
// least: the token heads that preposition's object ("for their first
// direct talks", "of the two sides' leaders").
func inPrepObject(toks []dyad.Token, i int) bool {
	mods := 0
	for j := i - 1; j >= 0; j-- {
		switch toks[j].Tag {
		case "DT", "PRP$", "JJ", "NN", "CD", "POS":
			mods++
			continue
		case "IN":
			switch toks[j].Lower {
			case "of", "for", "in", "on", "at", "with", "from", "into", "during", "amid", "despite", "between", "among", "over", "against", "by":
				return mods >= 2
			}
		}
		return false
	}
	return false
}

// nounPlural reports -s forms of verbs that news uses far more often as
// plural nouns ("forces", "talks", "protests", "states"): after a
// modifier they are read as nouns (see pluralAfterModifier). Reporting
// and movement verbs ("says", "plans", "moves") are not listed.
func nounPlural(w string) bool {
	switch w {
	case "forces", "talks", "charges", "supplies", "protests", "exports", "imports", "cuts",
		"attacks", "strikes", "airstrikes", "raids", "bombs", "shells", "rockets", "missiles", "drones", "jets",
		"ships", "trucks", "wages", "stations", "posts", "bases", "camps", "plants", "blocks", "bars",
		"channels", "teams", "tests", "launches", "riots", "clashes", "rallies", "marches", "states",
		"targets", "claims", "requests", "demands", "threats", "warnings", "measures", "curbs", "tariffs",
		"levels", "increases", "questions", "acts", "visits", "controls", "arrests", "patrols", "flights",
		"fires", "shots", "funds", "arms", "reforms", "ties", "deals", "sales", "troops", "guards",
		"shipments", "operations", "protections", "rights", "benefits", "prices", "rates", "costs", "records",
		"issues", "rules", "votes", "documents", "transfers", "steps", "routes", "reserves", "guns",
		"files", "assaults", "studies", "waves", "objects", "sides", "sentences", "upgrades":
		return true
	}
	return false
}

// leansVerb reports -s forms read as plural nouns after a common noun
// only when their phrase ends right after them (see pluralAfterModifier),
// because they are as often that noun's verb: "member states and" but
// "the report states that", "pension plans." but "his party plans to".
// ("says", "reports" stay verbs: "…, the ministry says.")
func leansVerb(w string) bool {
	switch w {
	case "plans", "states", "claims", "estimates":
		return true
	}
	return false
}

// pluralAfterModifier reports whether the -s form at i follows a modifier
// of a noun and no object follows it, so that it heads a noun phrase: an
// adjective, participle or common noun before it ("unpaid wages", "relief
// supplies to", "government forces shelled") when the next word opens no
// object (no determiner, pronoun, number or name); a demonym or hyphened
// name ("Central Asian states", "EU-mediated talks"), or any name when
// the phrase ends after it ("Sahel states ,", "Hezbollah targets in",
// "Doha talks"); a name read as a subject keeps its verb ("Russia attacks
// Ukraine", "Israel strikes Gaza", "Erdoğan arrests or jails", "Turkey
// claims to").
func pluralAfterModifier(toks []dyad.Token, i int, lx *Lexicon) bool {
	p := &toks[i-1]
	end := i+1 == len(toks)
	var next *dyad.Token
	if !end {
		next = &toks[i+1]
	}
	switch p.Tag {
	case "JJ", "VBN", "NN":
		if p.Tag == "NN" && isUpperASCII(p.Text) {
			return false // "The Group attacks …"
		}
		if leansVerb(toks[i].Lower) && p.Tag == "NN" {
			// "member states and", "pension plans." (not "the embassy
			// claims", "his party plans to", "a report claims.")
			if end {
				return toks[i].Lower == "plans"
			}
			return pluralEnd(next.Lower) && (toks[i].Lower == "plans" || isWordByte(next.Lower[0]))
		}
		if !end && (next.Tag == "RP" || next.Lower == "up") {
			return false // "the price hike steps up": a phrasal verb
		}
		return end || !lx.objectAhead(*next) && next.Lower != "that"
	case "NNP", "NNPS":
		if initialism(p.Text) {
			return false // left to the initialism rules
		}
		if demonym(p.Lower) || strings.IndexByte(p.Lower, '-') > 0 {
			return end || !lx.objectAhead(*next)
		}
		if end {
			return true
		}
		if e, ok := lx.words[next.Lower]; ok && (e.tag == "IN" || e.tag == "MD" || e.tag == "VBD" ||
			e.tag == "V" && e.forms&formPast != 0 && e.forms&formBase == 0) {
			return next.Lower != "that" && next.Lower != "if" && next.Lower != "as"
		}
		return next.Tag == "," || next.Tag == "." || next.Tag == ";" || next.Tag == ":"
	}
	return false
}

// nameModifies reports whether the singular name before the plain verb
// form at i modifies it rather than being its subject, which would take
// an -s form: the name is no plural group ("the Taliban say") nor part of
// a coordinated subject ("Russia and China share"), and no "that" opens
// the clause before it ("demanded that Iran release": a subjunctive),
// no verb takes the name as the object of a bare infinitive ("helped
// Russia evade") and the form is no linking verb; the name sits where a
// noun phrase does (after a preposition, determiner or possessive: "in
// Borno state", "the Israeli strike") or is a demonym ("Chinese state
// media"), since a headline's name opens a clause ("Australia condemn").
// (The caller leaves a form before "to" a verb: the coder reads "an
// African Union offer to mediate" as the Union's offer only so.)
func nameModifies(toks []dyad.Token, i int, lx *Lexicon) bool {
	p := toks[i-1].Lower
	if pluralNames[p] || strings.HasSuffix(p, "s") && !demonym(p) || initialism(toks[i-1].Text) {
		return false
	}
	switch toks[i].Lower {
	case "remain", "seem", "appear", "stay", "become":
		return false // "ties with France remain frozen": a linking verb of a plural subject
	}
	if dateName(p) {
		return false // "will on Tuesday impose": a date modifies no noun
	}
	for j := i - 2; j >= 0; j-- {
		t := &toks[j]
		switch t.Lower {
		case "that":
			return false
		case "and", "or", ",", "&":
			return demonym(p) // "Chinese and American trade officials", "After the visit, North Korean state media"
		}
		switch {
		case t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "JJ":
			continue
		case t.Tag == "DT" || t.Tag == "PRP$":
			if j == i-2 && demonym(p) {
				return false // "repelled a Ukrainian attack": the coder reads the demonym as the attack's actor only so
			}
			fallthrough
		case t.Tag == "POS":
			if j >= 2 && toks[j-1].Lower == "of" && toks[j-2].Tag == "NNS" {
				return false // "the members of the Solomon Islands Parliament meet"
			}
			return j == 0 || toks[j-1].Lower != "that" // "the Israeli strike", "Nigeria's Borno state"
		case t.Tag == "IN":
			return true // "in Borno state"
		case strings.HasPrefix(t.Tag, "VB") && t.Lemma != "be":
			return false // "help North Korea build", "make Israel pay": a bare infinitive
		}
		break
	}
	// the name opens its clause: a headline's subject ("Australia
	// condemn …", "Boko Haram release …") unless it is a demonym
	return demonym(p)
}

// dateName reports the lower-case names of weekdays and months.
func dateName(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// modifiesSubject reports whether the plain verb form at i modifies the
// common noun after it, which is the subject of the past verb after that:
// ", state media reported", "riot police detained". A plain form, a
// singular noun the lexicon does not know and a past verb of saying or a
// simple past cannot be a verb with its object (the object would need
// its own verb to be finite); "people" is left out ("they fear people
// died").
func (lx *Lexicon) modifiesSubject(toks []dyad.Token, i int) bool {
	n, v := toks[i+1].Lower, toks[i+2].Lower
	if n == "" || !isWordByte(n[0]) || n == "people" || isUpperASCII(toks[i+1].Text) && toks[i+1].Text != "TV" {
		return false
	}
	if _, known := lx.words[n]; known && n != "police" {
		return false
	}
	e, ok := lx.words[v]
	return ok && e.tag == "V" && e.forms&formPast != 0 && (reporting(e.lemma) || e.forms&formPart == 0)
}

// pluralAux reports auxiliaries and modals that take a plural subject
// and never follow a finite verb directly: "are", "have", "will", "did".
func pluralAux(w string) bool {
	switch w {
	case "are", "were", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do":
		return true
	}
	return false
}

// PredicativeAdjective reports whether token i is "ready", "willing",
// "open" or "due" right after a form of "be" (adverbs between: "is not
// yet ready"): Tag makes it JJ, and the event coder heads its patterns
// ("ready to negotiate", "due to visit") with it as with a verb.
func PredicativeAdjective(toks []dyad.Token, i int) bool {
	switch toks[i].Lower {
	case "ready", "willing", "open", "due":
	default:
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	return k >= 0 && toks[k].Lemma == "be"
}

// newMeasure reports adjectives of a fresh round of measures that the
// lexicon does not list (so the shape tagger reads them NN) and that
// make the -s form after them a plural noun: "new sanctions", "further
// sanctions".
func newMeasure(w string) bool {
	switch w {
	case "new", "fresh", "further", "additional", "tougher":
		return true
	}
	return false
}

// singularDemonym reports the article art before the demonym dem that
// makes it a modifier, not a people as subject: "a"/"an" always ("a
// Ukrainian attack"), "the" unless the demonym also names its people in
// the plural ("the Russian strike", but "the British say", "the Chinese
// attack").
func singularDemonym(art, dem string) bool {
	switch art {
	case "a", "an":
		return true
	case "the":
		for _, suf := range []string{"ese", "ish", "ch", "ss", "sh"} {
			if strings.HasSuffix(dem, suf) {
				return false
			}
		}
		return true
	}
	return false
}

// indefiniteName reports "a" or "an" right before the run of names that
// ends before i: "an African Union offer to mediate" is a noun phrase
// (a name after "a" is no subject of a verb after it).
func indefiniteName(toks []dyad.Token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Tag == "NNP" {
		j--
	}
	return j >= 0 && j < i-1 && (toks[j].Lower == "a" || toks[j].Lower == "an")
}

// pluralPossessed reports the word at i right after a plural's possessive
// apostrophe ("the militants' attack", "the farmers’ protests"), which
// is written alone as a quotation mark is: the apostrophe follows a plural
// noun, and no single quotation mark opens earlier in the sentence, where
// the mark would close a quote ("'free the hostages' say …"). A base or -s
// verb form there is the possessed noun, not a finite verb: a plural
// subject would stand before its verb with no mark between.
func pluralPossessed(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i-1].Text != "'" && toks[i-1].Text != "’" {
		return false
	}
	if p := toks[i-2]; p.Tag != "NNS" && p.Tag != "NNPS" || !strings.HasSuffix(p.Lower, "s") {
		return false
	}
	for k := 0; k < i-2; k++ {
		if t := toks[k].Text; t == "'" || t == "‘" || t == "’" {
			return false
		}
	}
	return true
}
