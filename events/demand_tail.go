package events

// Acts of the demander told after a demand's complement.
//
// What a demand asks for is not done, so combine drops the acts of its
// that-clause ("demanded that Georgia free four officers": no release).
// A verb past the complement that is the demander's own is no part of
// it: a participle after a comma ("…, accusing Minsk of ignoring safety
// concerns") and a past-tense verb coordinated with the demand ("…, and
// recalled its ambassador", "… and warned Moscow that …"), where the
// complement's own verbs are base forms ("free", "pull", "halt"). The
// gold sets code both (W16035, W18012, W18060, W19087: "Lithuania demanded
// on Thursday that Belarus halt construction of a nuclear power plant …,
// accusing Minsk of ignoring safety concerns" LTU 1042 BLR and LTU 112
// BLR).

// demandTail reports the verb at b as the demander's own act after the
// complement of the past-tense demand h: a present participle right
// after a comma, or a past-tense verb right after "and" (", and" too)
// whose word before is no verb ("shot and killed" is one act), or the
// infinitive of such a "threatened to" when coded a threat (root 13;
// "… and threatened to launch a new offensive": the threat is the
// demander's), with no
// other "that", "which", "who", "why" or "how" opening a clause between
// the demand and it.
func demandTail(st *sentence, h *verbHit, b int, threat bool) bool {
	toks := st.toks
	if toks[h.head].Tag != "VBD" || b <= h.end+1 || b >= len(toks) {
		return false
	}
	if threat && toks[b].Tag == "VB" && b-2 > h.end+1 && toks[b-1].Lower == "to" && toks[b-2].Tag == "VBD" && toks[b-2].Lemma == "threaten" {
		b -= 2 // "… and threatened to launch an offensive": the threat's own verb (scope.go infinitiveOf) follows "and"
	}
	first := h.end // the complement's own "that", past a date: "demanded on Thursday that"
	for first < b && st.isDate[first] {
		first++
	}
	for k := h.end; k < b; k++ {
		switch toks[k].Lower {
		case "that", "which", "who", "why", "how", "whether":
			if k != first {
				return false
			}
		}
	}
	switch {
	case toks[b].Tag == "VBG" && toks[b-1].Text == ",":
		return true
	case toks[b].Tag == "VBD" && toks[b-1].Lower == "and":
		p := b - 2
		if p >= 0 && toks[p].Text == "," {
			p--
		}
		return p > h.end && !stringsHasVB(toks[p].Tag)
	}
	return false
}

// stringsHasVB reports a verb tag (VB, VBD, VBG, VBN, VBP, VBZ).
func stringsHasVB(tag string) bool {
	return len(tag) >= 2 && tag[:2] == "VB"
}

// demandersAct gives the demander's act g after the complement of the
// demand h the demander as source, where the nearest subject, the
// complement's, was taken ("demanded that Georgia free …, and recalled
// its ambassador": Russia recalled); a target that is then the source
// itself becomes the one the demand is made of.
func demandersAct(h, g *verbHit) {
	if len(h.source) == 0 {
		return
	}
	g.source = h.source
	if len(g.target) == 0 || g.target[0].Country == h.source[0].Country {
		g.target = h.target
	}
}
