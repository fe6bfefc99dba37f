package events

// Shots fired into the air or over people's heads to disperse them are a
// show of force (150, CODING.md: warning shots; the gold codes shots
// "into the air" 150), not the repression (175) of shots fired to
// disperse a crowd ("police fired shots to disperse the crowd").

// shotsOverhead reports a "fire" hit h whose words, from its head to its
// end ("fired shots into the air to disperse"), aim the shots into the
// air, the sky or over people's heads, or "overhead".
func shotsOverhead(st *sentence, h *verbHit) bool {
	if st.toks[h.head].Lemma != "fire" {
		return false
	}
	end := h.end
	if end > len(st.toks) {
		end = len(st.toks)
	}
	return words(st.toks[h.head:end], "air", "sky", "overhead", "heads")
}
