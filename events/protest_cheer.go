package events

// cheeredTarget drops the target of a march or rally (root 14) that is
// the object of an infinitive of praise after it ("marched through Niamey
// to cheer the soldiers who seized power", "rallied to hail the new
// president"): a rally for someone is aimed at no one (gold W39004 NERCVL
// 141 with no target). A target named before the infinitive ("marched on
// parliament to cheer …") is kept.
func cheeredTarget(st *sentence, h *verbHit) {
	if len(h.target) != 1 || len(h.code) < 2 || h.code[:2] != "14" {
		return
	}
	toks := st.toks
	t := h.target[0]
	if t.Start <= h.end || t.Start > len(toks) {
		return
	}
	for k := h.end; k+1 < t.Start; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return
		}
		if toks[k].Lower != "to" {
			continue
		}
		switch toks[k+1].Lemma {
		case "cheer", "hail", "celebrate", "salute", "thank", "acclaim", "applaud":
			h.target = nil
		}
		return
	}
}
