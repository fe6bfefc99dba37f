// Terminal escapes: text saved from a terminal (colored grep or log
// output, `script` captures) carries ANSI control sequences, ESC [ … m
// for colours and bold; read as words they hide the names they wrap
// ("\x1b[1mBolivia\x1b[0m" is no actor). Plain text input is read without
// them, with one warning per input saying so.

package article

import (
	"bytes"
	"fmt"
)

// stripEscapes returns data without its complete ANSI control sequences
// (CSI, ECMA-48: ESC '[', parameter bytes 0x30–0x3F, intermediate bytes
// 0x20–0x2F, a final byte 0x40–0x7E), how many it removed and the 1-based
// line of the first. An ESC not starting such a sequence is kept. data
// itself is returned when it holds none.
func stripEscapes(data []byte) (out []byte, n, line int) {
	i := bytes.Index(data, []byte("\x1b["))
	if i < 0 {
		return data, 0, 0
	}
	out = make([]byte, 0, len(data))
	for i >= 0 {
		end := csiEnd(data[i:])
		if end == 0 {
			// (no sequence: the ESC is kept, the search goes on past it)
			out = append(out, data[:i+1]...)
			data = data[i+1:]
		} else {
			if n == 0 {
				line = 1 + bytes.Count(out, []byte("\n")) + bytes.Count(data[:i], []byte("\n"))
			}
			n++
			out = append(out, data[:i]...)
			data = data[i+end:]
		}
		i = bytes.Index(data, []byte("\x1b["))
	}
	if n == 0 {
		return append(out, data...), 0, 0
	}
	return append(out, data...), n, line
}

// csiEnd returns the length of the control sequence p starts with (p
// starts "\x1b["), 0 when it is no complete one.
func csiEnd(p []byte) int {
	i := 2
	for i < len(p) && p[i] >= 0x30 && p[i] <= 0x3f {
		i++
	}
	for i < len(p) && p[i] >= 0x20 && p[i] <= 0x2f {
		i++
	}
	if i < len(p) && p[i] >= 0x40 && p[i] <= 0x7e {
		return i + 1
	}
	return 0
}

// escapesWarning is the warning of n control sequences removed from the
// input name, the first on line: "notes.txt:3: 4 terminal escape
// sequences (ESC [ …: colours, bold, as a terminal shows them) removed:
// the text is read without them".
func escapesWarning(name string, line, n int) string {
	seq := "sequences"
	if n == 1 {
		seq = "sequence"
	}
	return fmt.Sprintf("%s:%d: %d terminal escape %s (ESC [ …: colours, bold, as a terminal shows them) removed: the text is read without them", name, line, n, seq)
}

// escapeCount tallies the terminal escape sequences removed from the
// records of one JSON Lines input, and the line of the first record that
// held one, for the input's one warning (escapesWarning), as a plain
// text input gets one.
type escapeCount struct{ n, line int }

// add counts n sequences removed from the record on line.
func (c *escapeCount) add(line, n int) {
	if n > 0 && c.n == 0 {
		c.line = line
	}
	c.n += n
}

// warn gives warn the input name's warning when sequences were removed.
func (c *escapeCount) warn(name string, warn func(string)) {
	if c.n > 0 && warn != nil {
		warn(escapesWarning(name, c.line, c.n))
	}
}
