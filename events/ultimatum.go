package events

// Ultimatums: a demand backed by a stated penalty for refusing it.

import "strings"

// ultimatums codes a demand that names the penalty for refusing it as an
// ultimatum, CAMEO 139: "Pakistan ordered undocumented Afghans to leave
// the country by Nov. 1 or face deportation" is PAK 139 AFG, not an
// expulsion (166); "told Iran to halt enrichment or face sanctions" is
// 139, not a bare demand (100). The hit of the ordering verb takes the
// code and keeps its source and target; the acts between it and the end
// of the penalty ("leave", "halt", "deportation", "sanctions") are what
// is demanded or threatened, not done, and are dropped. The penalty is
// said by "or face" or "or else face" after the demand, in the same
// clause (ultimatumDemand).
func (v *vocab) ultimatums(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Lower != "or" {
			continue
		}
		p := i + 1
		if toks[p].Lower == "else" && p+1 < len(toks) {
			p++
		}
		if toks[p].Lower != "face" {
			continue
		}
		// the penalty runs to the next comma, semicolon or the end
		end := p + 1
		for end < len(toks) && toks[end].Text != "," && toks[end].Text != ";" && toks[end].Text != "." {
			end++
		}
		k := v.ultimatumDemand(st, hits, live, i)
		if k < 0 {
			continue
		}
		h := &hits[k]
		h.code = "139"
		h.threat = false
		for j := range hits {
			if j != k && live[j] && hits[j].head > h.head && hits[j].head < end {
				live[j] = false
			}
		}
	}
}

// ultimatumDemand is the live hit whose verb orders or demands the act
// that "or face" at or follows, -1 when none does: the nearest ordering
// verb (a lemma of the [ultimatum verbs] of data/words.txt: "ordered the
// Afghans to leave", "told Iran to halt", "gave Hamas until Saturday to";
// no appeal) before it, within 25 tokens, whose object is told
// "to" + verb, "that" it act, or given "until" a day, and with no clause
// between: no semicolon, no "but", "while" or ", and", no verb of
// speech ("Hamas said Israel must withdraw or face attacks" is another
// speaker's clause). An envoy given hours to leave "or face expulsion"
// is expelled already (161) and stays so.
func (v *vocab) ultimatumDemand(st *sentence, hits []verbHit, live []bool, or int) int {
	toks := st.toks
	best := -1
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.head >= or || or-h.head > 25 || !v.ultimatumVerbs[toks[h.head].Lemma] || h.code == "161" {
			continue
		}
		if best >= 0 && hits[best].head > h.head {
			continue
		}
		complement, broken := false, false
		for j := h.head + 1; j < or && !broken; j++ {
			switch toks[j].Lower {
			case "to":
				if j+1 < len(toks) && toks[j+1].Tag == "VB" {
					complement = true
				}
			case "that", "until":
				complement = true
			case ";", "but", "while", "whereas":
				broken = true
			case "and":
				broken = j > 0 && toks[j-1].Text == ","
			default:
				broken = v.saidVerbs[toks[j].Lemma] && strings.HasPrefix(toks[j].Tag, "VB")
			}
		}
		if complement && !broken {
			best = k
		}
	}
	return best
}
