// Terminal escapes: text saved from a terminal (colored grep or log
// output, `script` captures) carries ANSI control sequences, ESC [ … m
// for colours and bold, ESC ] … for window titles and links; read as
// words they hide the names they wrap
// ("\x1b[1mBolivia\x1b[0m" is no actor). Plain text input is read without
// them, with one warning per input saying so.

package article

import (
	"bytes"
	"fmt"
)

// stripEscapes returns data without its complete ANSI control sequences,
// how many it removed, the 1-based line of the first and how many of them
// were OSC sequences. A control sequence is CSI (ECMA-48: ESC '[', parameter
// bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, a final byte 0x40–0x7E:
// colours, bold, cursor moves) or OSC (ESC ']', a command string on one
// line, ended by BEL or ST, ESC '\': window titles, OSC 8 links). An
// ESC not starting such a sequence is kept. data itself is returned when
// it holds none.
func stripEscapes(data []byte) (out []byte, n, line, osc int) {
	i := nextEscape(data)
	if i < 0 {
		return data, 0, 0, 0
	}
	out = make([]byte, 0, len(data))
	for i >= 0 {
		end := csiEnd(data[i:])
		if data[i+1] == ']' {
			end = oscEnd(data[i:])
		}
		if end == 0 {
			// (no sequence: the ESC is kept, the search goes on past it)
			out = append(out, data[:i+1]...)
			data = data[i+1:]
		} else {
			if n == 0 {
				line = 1 + bytes.Count(out, []byte("\n")) + bytes.Count(data[:i], []byte("\n"))
			}
			n++
			if data[i+1] == ']' {
				osc++
			}
			out = append(out, data[:i]...)
			data = data[i+end:]
		}
		i = nextEscape(data)
	}
	if n == 0 {
		return append(out, data...), 0, 0, 0
	}
	return append(out, data...), n, line, osc
}

// nextEscape returns the index of the first ESC of data that opens a CSI
// ("\x1b[") or an OSC ("\x1b]") sequence, -1 when there is none.
func nextEscape(data []byte) int {
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], 0x1b)
		if i < 0 {
			return -1
		}
		i += off
		if i+1 < len(data) && (data[i+1] == '[' || data[i+1] == ']') {
			return i
		}
		off = i + 1
	}
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

// maxOSC bounds an OSC sequence's length: a window title or a link's URL
// is far shorter, and an ESC ']' with no end in sight is no sequence.
const maxOSC = 4096

// oscEnd returns the length of the OSC sequence p starts with (p starts
// "\x1b]"): up to and with its BEL (0x07) or ST ("\x1b\\"), on one line
// and at most maxOSC bytes; 0 when it is no complete one.
func oscEnd(p []byte) int {
	for i := 2; i < len(p) && i < maxOSC; i++ {
		switch p[i] {
		case 0x07:
			return i + 1
		case 0x1b:
			if i+1 < len(p) && p[i+1] == '\\' {
				return i + 2
			}
			return 0
		case '\n', '\r':
			return 0
		}
	}
	return 0
}

// escapesWarning is the warning of n control sequences removed from the
// input name, the first on line: "notes.txt:3: 4 terminal escape
// sequences (ESC [ …: colours, bold, as a terminal shows them) removed:
// the text is read without them"; when osc of them were OSC sequences,
// "(ESC [ … and ESC ] …: colours, bold, window titles, links, as a
// terminal shows them)", or "(ESC ] …: window titles, links, …)" when all
// were; osc < 0 when not told apart (a JSON Lines input's records): "(ESC
// [ … or ESC ] …: colours, bold, window titles, links, …)".
func escapesWarning(name string, line, n, osc int) string {
	seq := "sequences"
	if n == 1 {
		seq = "sequence"
	}
	what := "ESC [ …: colours, bold"
	switch {
	case osc < 0:
		what = "ESC [ … or ESC ] …: colours, bold, window titles, links"
	case osc == n:
		what = "ESC ] …: window titles, links"
	case osc > 0:
		what = "ESC [ … and ESC ] …: colours, bold, window titles, links"
	}
	return fmt.Sprintf("%s:%d: %d terminal escape %s (%s, as a terminal shows them) removed: the text is read without them", name, line, n, seq, what)
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
		warn(escapesWarning(name, c.line, c.n, -1))
	}
}
