package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// jointAttackPattern is the attack each party of a joint operation
// against a named enemy carries out (jointAttacks).
var jointAttackPattern = &Pattern{Code: "190"}

// jointAttacks returns one attack (190) by each party of a joint military
// operation or offensive h (062, mutual) on the party it is launched
// "against": "Rwandan and Mozambican forces launched a joint operation
// against Islamist insurgents" is RWAMIL 190 MOZREB and MOZMIL 190 MOZREB
// beside the two parties' cooperation, as the wire gold sets code it
// (W11219, W13047, W14238, W17197); the parties are the hit's sources and
// a partner after "with". Joint patrols and training, an operation not
// asserted (planned, agreed), an enemy named by no actor ("against drug
// trafficking") and one that is no armed party ("against kidnappers")
// give none; nil then.
func (c *Coder) jointAttacks(st *sentence, h *verbHit) []verbHit {
	toks := st.toks
	if h.code != "062" || !h.p.has(flagMutual) || h.p.Noun || h.status != dyad.Asserted || h.end > len(toks) {
		return nil
	}
	if !words(toks[h.head:h.end], "joint", "combined") ||
		!words(toks[h.head:h.end], "operation", "operations", "offensive", "offensives", "raid", "raids", "sweep", "sweeps", "campaign", "assault") {
		return nil
	}
	against := -1
	for k := h.end; k < len(toks) && k < h.end+8; k++ {
		if toks[k].Lower == "against" {
			against = k
			break
		}
		if isPunct(toks[k]) || finite(toks[k].Tag) {
			break
		}
	}
	if against < 0 {
		return nil
	}
	var enemy []actors.Mention
	for k := against + 1; k < len(toks) && k <= against+4; k++ {
		if m := st.at[k]; m >= 0 && !st.ments[m].Modifier {
			enemy = c.group(st, m)
			break
		}
		if isPunct(toks[k]) || finite(toks[k].Tag) || toks[k].Tag == "IN" {
			break // (past determiners and modifiers: "against the Islamist insurgents", "against Hutu rebels")
		}
	}
	if len(enemy) == 0 || enemy[0].Place || !armedEnemy(enemy[0]) {
		return nil // (police against kidnappers or smugglers: no attack)
	}
	parties := distinctCodes(append(append([]actors.Mention{}, h.source...), h.target...))
	if len(parties) < 2 && len(h.source) < 1 {
		return nil
	}
	var out []verbHit
	for _, p := range parties {
		if p.Place || p.Code == enemy[0].Code {
			continue
		}
		out = append(out, verbHit{p: jointAttackPattern, head: h.head, end: h.end, code: "190", status: h.status,
			source: []actors.Mention{p}, target: enemy[:1]})
	}
	return out
}

// armedEnemy reports an armed group or force an operation can be fought
// against: rebels, militias, an army, or an international militant group
// (IMG); not criminals.
func armedEnemy(m actors.Mention) bool {
	return hasSector(m, "REB", "MIL", "UAF", "INS") || strings.HasPrefix(m.Code, "IMG")
}
