package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/internal/termsafe"
)

func newEvalCmd() *cobra.Command {
	var f codingFlags
	var quiet bool
	var against, corpora, unjudged string
	var minConf float64
	cmd := &cobra.Command{
		Use:   "eval GOLD.jsonl",
		Short: "score the coder against a gold set: precision, recall, F1",
		Long: `eval codes every text of a gold set (JSON Lines: {"id","date","text","events":[…]})
and prints precision, recall and F1 overall, by CAMEO root, at full-code
level and at PLOVER event-type level, the agreement of status and date on
root-level matches, the missed events counted by the reason the coder gives
(no pattern matched, no source found, screened, …), then the missed events
with that reason, the false events and the wrong dates (unless --quiet).

With --against OTHER.jsonl it scores a second annotation of the same
sentences (same ids and texts; the gold's sentences missing from OTHER are
left out) in the coder's place: how far two annotators agree, the ceiling
any coder's score on the set can be read against.

A gold line may refer to a sentence of a real news article instead of
giving its text ({"id","file","sentence","sha256","events"}: text that
may not be copied): the article is read from the --corpora folder and coded
whole, and the events of that sentence are scored.

A judged-events file (testdata/gold/judged/*.jsonl: lines with a "right"
field, {"file","sentence","sha256","date","source","cameo","target",
"status","right","full","why","fix"}) is measured instead of scored: its
articles are read from --corpora and coded whole (an undated one with the
line's "date"), and eval prints the judged events (how many right), the
events emitted now, how many of them are judged (right, wrong) and how many
nobody judged yet, the judged events no longer emitted (right, wrong), the
precision among judged emitted events with its bounds (every unjudged event
wrong, every one right), and these counts by CAMEO root. Unless --quiet it
then lists the unjudged events, those no longer emitted and the judged-wrong
ones still emitted, with their sentences. --unjudged FILE writes the unjudged events as judging items
(JSON Lines with the sentence, the two before it and the headline);
scripts/add-judgments merges a judge's verdicts on them into the file.

On a held-out file (testdata/gold/judged/realnews-unseen.jsonl) run -q
only, and never --unjudged: both would print its articles' text.

Ctrl-C (SIGINT, SIGTERM, SIGHUP) stops the run within a sentence of the
text being coded: no scores are printed (they would be partial), and eval
says how many of the file's texts were not coded, exit 130 (143 for
SIGTERM, 129 for SIGHUP: 128 + the signal's number).`,
		Args:        cobra.ExactArgs(1),
		Annotations: map[string]string{holdsSignalsKey: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			// Ctrl-C (or kill, a closed terminal) stops the coding
			// within a sentence; handled from here, before the
			// dictionaries load, as dyad code does
			ctx, stop := storeContext(cmd.Context(), nil)
			defer stop()
			if err := f.checkDict(); err != nil {
				return err // a usage error, before the file is read
			}
			data, err := readEvalFile(ctx, args[0])
			if bySignal(ctx) {
				return evalInterrupted(ctx, args[0]+" not read")
			}
			if err != nil {
				return &exitError{1, err}
			}
			if eval.IsJudged(data) {
				if against != "" {
					return &exitError{2, fmt.Errorf("--against: %s is a judged-events file, not a gold set", args[0])}
				}
				return evalJudged(ctx, cmd, args[0], data, f, corpora, unjudged, minConf, quiet)
			}
			if unjudged != "" {
				return &exitError{2, fmt.Errorf("--unjudged: %s is a gold set, not a judged-events file", args[0])}
			}
			gold, err := readGold(args[0], data)
			if err != nil {
				return &exitError{1, err}
			}
			ont, err := cameo.Default()
			if err != nil {
				return err
			}
			if err := knownCodes(gold, args[0], ont); err != nil {
				return &exitError{1, err}
			}
			dict, err := f.dictionary()
			if err != nil {
				return err
			}
			known := dict.CodeSet()
			warnActorCodes(cmd.ErrOrStderr(), known, gold, args[0])
			sc := eval.Scorer{PloverOf: func(code string) string {
				c, _ := ont.Lookup(code)
				return c.Plover.Event
			}}
			if against != "" {
				// two annotators' agreement: the other file's events
				// stand for the coder's
				var other []eval.Gold
				odata, err := readEvalFile(ctx, against)
				if bySignal(ctx) {
					return evalInterrupted(ctx, against+" not read")
				}
				if err == nil {
					other, err = readGold(against, odata)
				}
				if err == nil {
					err = knownCodes(other, against, ont)
				}
				if err == nil {
					warnActorCodes(cmd.ErrOrStderr(), known, other, against)
				}
				if err != nil {
					return &exitError{1, err}
				}
				both, ann, err := eval.NewAnnotation(gold, other, against)
				if err != nil {
					return &exitError{1, err}
				}
				if len(both) < len(gold) || len(both) < len(other) {
					fmt.Fprintf(cmd.ErrOrStderr(), "dyad eval: scoring the %d sentences both files code: %d of %s's are not in %s, %d of %s's not in %s\n",
						len(both), len(gold)-len(both), args[0], against, len(other)-len(both), against, args[0])
				}
				return printed(cmd, func(w io.Writer) { sc.Run(ann, both).Print(w, !quiet) })
			}
			coder, _, err := f.newCoder()
			if err != nil {
				return err
			}
			if !(minConf >= 0 && minConf <= 1) { // (NaN too)
				return &exitError{2, fmt.Errorf("--min-confidence %v: want a number from 0 to 1", minConf)}
			}
			x := explainer{Coder: coder, min: minConf, ctx: ctx, coded: new(int)}
			var c eval.Coder = x
			if slices.ContainsFunc(gold, func(g eval.Gold) bool { return g.File != "" }) {
				if corpora == "" {
					return &exitError{2, fmt.Errorf("--corpora \"\": %s refers to corpus sentences; name the corpus folder", args[0])}
				}
				// real news referred to by file and sentence: code the
				// articles from the corpus folder
				if c, err = eval.FromCorpus(gold, args[0], corpora, x, coder.SentenceTexts); err != nil {
					return &exitError{1, err}
				}
			}
			rep := sc.Run(c, gold)
			if bySignal(ctx) {
				if err := notCoded(ctx, args[0], *x.coded, goldTexts(gold)); err != nil {
					return err
				}
			}
			if err := printed(cmd, func(w io.Writer) { rep.Print(w, !quiet) }); err != nil {
				return err
			}
			return interrupted(ctx, nil)
		},
	}
	cmd.Flags().StringVar(&f.dict, "dict", "", "directory of extra actor dictionary files (*.txt); a line of yours overrides a built-in line coding its phrase otherwise, with a warning")
	f.flags = cmd.Flags() // (an empty --dict is an error)
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print the scores and counts only, without listing the missed and false events (no sentence text: safe on held-out sets)")
	cmd.Flags().StringVar(&corpora, "corpora", defaultCorpora(), "the corpus folder that gold lines referring to a \"file\" are read from (default: $DYAD_CORPORA when set)")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "score only the coder's events of at least this confidence (0-1), as dyad code --min-confidence prints them")
	cmd.Flags().StringVar(&unjudged, "unjudged", "", "with a judged-events file: write the events nobody judged yet to this file as judging items (JSON Lines; prints sentence text: never on a held-out file)")
	cmd.Flags().StringVar(&against, "against", "", "score this second annotation of the gold sentences (same ids and texts) instead of the coder: two annotators' agreement")
	return cmd
}

// evalJudged measures the coder against the judged-events file name
// (its contents data): eval.JudgeEvents on the articles of the corpus
// folder, the report printed, and with unjudged != "" the unjudged
// events written there as judging items.
func evalJudged(ctx context.Context, cmd *cobra.Command, name string, data []byte, f codingFlags, corpora, unjudged string, minConf float64, quiet bool) error {
	lines, err := eval.ReadJudged(bytes.NewReader(data), name)
	if err == nil && len(lines.Events) == 0 && len(lines.Articles) == 0 {
		err = fmt.Errorf("%s: no judged events or articles", name)
	}
	if err != nil {
		return &exitError{1, err}
	}
	if corpora == "" {
		return &exitError{2, fmt.Errorf("--corpora \"\": %s refers to corpus sentences; name the corpus folder", name)}
	}
	if !(minConf >= 0 && minConf <= 1) { // (NaN too)
		return &exitError{2, fmt.Errorf("--min-confidence %v: want a number from 0 to 1", minConf)}
	}
	if unjudged != "" {
		if in, err := os.Stat(name); err == nil {
			if out, err := os.Stat(unjudged); err == nil && os.SameFile(in, out) {
				return &exitError{2, fmt.Errorf("--unjudged %s: that is the judged-events file being read; name a new file for the judging items", unjudged)}
			}
		}
		// said before the articles are coded, not after
		if dir := filepath.Dir(unjudged); !isDir(dir) {
			return &exitError{2, fmt.Errorf("--unjudged %s: no folder %s", unjudged, dir)}
		}
	}
	coder, _, err := f.newCoder()
	if err != nil {
		return err
	}
	x := explainer{Coder: coder, min: minConf, ctx: ctx, coded: new(int)}
	rep, err := eval.JudgeEvents(lines, name, corpora, x, coder.SentenceTexts)
	if err != nil {
		return &exitError{1, err}
	}
	if bySignal(ctx) {
		// (no --unjudged items either: they would be partial)
		if err := notCoded(ctx, name, *x.coded, judgedTexts(lines)); err != nil {
			return err
		}
	}
	if unjudged != "" {
		out, err := os.Create(unjudged)
		if err != nil {
			return &exitError{1, fmt.Errorf("--unjudged %w", article.InputError(err, unjudged))}
		}
		err = eval.WriteItems(out, rep.Unjudged)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return &exitError{1, fmt.Errorf("--unjudged %s: %w", unjudged, err)}
		}
	}
	if err := printed(cmd, func(w io.Writer) { rep.Print(w, !quiet) }); err != nil {
		return err
	}
	return interrupted(ctx, nil)
}

// evalTexts counts the texts dyad eval codes from a gold or judged file:
// gold sentences given with their text, and corpus articles (each coded
// whole once, whatever number of its sentences the file scores).
type evalTexts struct{ sentences, articles int }

// goldTexts counts gold's texts to code: its lines with a text, and the
// corpus files its other lines refer to.
func goldTexts(gold []eval.Gold) evalTexts {
	var n evalTexts
	files := map[string]bool{}
	for _, g := range gold {
		switch {
		case g.File == "":
			n.sentences++
		case !files[g.File]:
			files[g.File] = true
			n.articles++
		}
	}
	return n
}

// judgedTexts counts the corpus articles a judged-events file names (by
// an article line or an event line).
func judgedTexts(jf *eval.JudgedFile) evalTexts {
	files := map[string]bool{}
	for _, a := range jf.Articles {
		files[a.File] = true
	}
	for _, j := range jf.Events {
		files[j.File] = true
	}
	return evalTexts{articles: len(files)}
}

// notCoded is the error of a dyad eval run a signal stopped after coding
// coded of the texts of name, n (interrupted, exit 130; no scores printed):
// "interrupted (terminated signal received): 3 of 5 gold sentences of
// gold.jsonl not coded; no scores printed". It is nil when every text was
// coded before the signal: the scores are whole and printed.
func notCoded(ctx context.Context, name string, coded int, n evalTexts) error {
	total := n.sentences + n.articles
	if coded >= total {
		return nil
	}
	unit, kinds := "text", " (gold sentences and articles)"
	switch {
	case n.articles == 0:
		unit, kinds = "gold sentence", ""
	case n.sentences == 0:
		unit, kinds = "article", ""
	}
	return evalInterrupted(ctx, fmt.Sprintf("%d of %s%s of %s not coded", total-coded, plural(total, unit), kinds, termsafe.Line(name)))
}

// evalInterrupted is the error of a dyad eval run a signal stopped before
// its scores (exit 130), saying what was left undone: "interrupted
// (terminated signal received): gold.jsonl not read; no scores printed".
func evalInterrupted(ctx context.Context, what string) error {
	return &exitError{signalStatus(context.Cause(ctx)), fmt.Errorf("interrupted (%v): %s; no scores printed", context.Cause(ctx), what)}
}

// printed runs print on the command's standard output (its control
// characters escaped) and returns the first write error as a failure,
// exit 1: eval's reports are written by Print methods that return none,
// and scores lost to a full disk must not pass as printed.
func printed(cmd *cobra.Command, print func(io.Writer)) error {
	w := &errWriter{w: cmd.OutOrStdout()}
	print(termsafe.Writer(w))
	if w.err != nil {
		return &exitError{1, w.err}
	}
	return nil
}

// errWriter writes to w until a write fails, then fails every write with
// that first error, err.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// defaultCorpora is dyad eval's corpus folder when --corpora is not
// given: the DYAD_CORPORA environment variable, else ../shared/corpora.
func defaultCorpora() string {
	if d := os.Getenv("DYAD_CORPORA"); d != "" {
		return d
	}
	return "../shared/corpora"
}

// knownCodes checks that every CAMEO code of a gold file is in the
// ontology ("gold.jsonl: sentence ev0012: CAMEO code \"999\" is no CAMEO
// code"): a typo would otherwise be scored as a miss.
func knownCodes(gold []eval.Gold, name string, ont *cameo.Ontology) error {
	for _, g := range gold {
		for _, e := range g.Events {
			if _, ok := ont.Lookup(e.CAMEO); !ok {
				return fmt.Errorf("%s:%d: sentence %s: CAMEO code %q is no CAMEO code", name, g.Line, g.ID, e.CAMEO)
			}
		}
	}
	return nil
}

// maxCodeWarnings is how many unknown actor codes warn names; it counts
// the others.
const maxCodeWarnings = 10

// warnActorCodes writes a warning to w for each gold actor code that k
// says the dictionary does not make ("dyad eval: warning: gold.jsonl:12: sentence
// ev0012: source \"XXXGOV\": no actor of the dictionary has the code
// XXX; dyad never emits it"): a typo, or a code only another annotator
// uses, is scored as a miss. A warning, not an error: gold files may use
// codes the dictionary lacks (regions such as AFR, SUN for the USSR).
func warnActorCodes(w io.Writer, k actors.CodeSet, gold []eval.Gold, name string) {
	n := 0
	for _, g := range gold {
		for _, e := range g.Events {
			for _, a := range []struct {
				role string
				code *string
			}{{"source", e.Source}, {"target", e.Target}} {
				if a.code == nil || *a.code == "" {
					continue
				}
				if bad := k.Problem(*a.code); bad != "" {
					if n++; n <= maxCodeWarnings {
						fmt.Fprintf(w, "dyad eval: warning: %s:%d: sentence %s: %s %q: %s; dyad never emits it\n", name, g.Line, g.ID, a.role, *a.code, bad)
					}
				}
			}
		}
	}
	if n > maxCodeWarnings {
		fmt.Fprintf(w, "dyad eval: warning: %s: %d more actor codes the dictionary does not make\n", name, n-maxCodeWarnings)
	}
}

// maxEvalFile bounds a gold or judged-events file dyad eval reads (the
// largest in testdata is under 1 MiB).
const maxEvalFile = 50 << 20

// readEvalFile reads the gold or judged-events file name, at most
// maxEvalFile bytes of it: a larger file, or a device such as /dev/zero
// that never ends, is an error naming it and the limit, after reading
// maxEvalFile+1 bytes; so is a file holding a NUL byte, naming its line.
// When ctx is done while a named pipe is opened or read, it returns at
// once with ctx's cause (internal/ctxio).
func readEvalFile(ctx context.Context, name string) ([]byte, error) {
	data, err := article.ReadFileUpTo(ctx, name, maxEvalFile)
	if err != nil {
		return nil, evalFileError(name, err)
	}
	if len(data) > maxEvalFile {
		return nil, fmt.Errorf("%s: over the %s limit for a gold or judged-events file", name, article.Size(maxEvalFile))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		// JSON Lines text holds no NUL byte: an image or an archive
		// given for a gold set ("bad JSON at column 1: invalid
		// character 'ã'"), or a stray NUL, said at its line
		return nil, fmt.Errorf("%s:%d: binary data (NUL byte at byte %d): a gold or judged-events file is JSON Lines text", name, 1+bytes.Count(data[:i], []byte{'\n'}), i)
	}
	return data, nil
}

// evalFileError says err, an error opening or reading the file name, as
// the other commands say an input they cannot read: the name, then what is
// wrong ("gold.jsonl: no such file or directory"; a folder: "… is a
// directory (dyad eval takes a gold JSON Lines file)"), without Go's
// "open"/"read" operation.
func evalFileError(name string, err error) error {
	err = article.InputError(err, name)
	if errors.Is(err, syscall.EISDIR) {
		return fmt.Errorf("%w (dyad eval takes a gold JSON Lines file)", err)
	}
	return err
}

// readGold parses data, the gold file name (readEvalFile); an empty one
// is an error (not a perfect score).
func readGold(name string, data []byte) ([]eval.Gold, error) {
	gold, err := eval.ReadGold(bytes.NewReader(data), name)
	if err != nil {
		return nil, err
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("%s: no gold sentences", name)
	}
	return gold, nil
}

// explainer gives eval the coder's reason for each missing root; with
// min > 0 it keeps only the events of at least that confidence, and a
// root it left out for that is missed "under --min-confidence". Once ctx
// (never nil) is done it codes no more: each text gives no event, within
// a sentence of the one being coded, and *coded counts the texts coded
// whole before that.
type explainer struct {
	*events.Coder
	min   float64
	ctx   context.Context
	coded *int
}

// Code codes a and keeps the events of at least x.min confidence.
func (x explainer) Code(a *dyad.Article) []dyad.Event {
	evs, err := x.CodeContext(x.ctx, a)
	if err != nil {
		return nil
	}
	*x.coded++
	evs, _ = x.sure(evs)
	return evs
}

// explain is ExplainContext under x.ctx, counting a when coded whole.
func (x explainer) explain(a *dyad.Article) ([]dyad.Event, []events.Drop) {
	evs, drops, err := x.ExplainContext(x.ctx, a)
	if err != nil {
		return nil, nil
	}
	*x.coded++
	return evs, drops
}

// sentenceRoot is a CAMEO root in one sentence of an article.
type sentenceRoot struct {
	sentence int
	root     string
}

// sure splits evs into those of at least x.min confidence and the roots
// (by sentence) of those it leaves out.
func (x explainer) sure(evs []dyad.Event) ([]dyad.Event, map[sentenceRoot]bool) {
	if x.min <= 0 {
		return evs, nil
	}
	var kept []dyad.Event
	under := map[sentenceRoot]bool{}
	for _, e := range evs {
		if e.Confidence >= x.min {
			kept = append(kept, e)
		} else {
			under[sentenceRoot{e.Sentence, e.CAMEORoot}] = true
		}
	}
	return kept, under
}

// Why codes a (one gold sentence) and returns, for a CAMEO root, the
// reason the coder gave for setting aside its first candidate of that
// root, else that no pattern (of that root) matched.
func (x explainer) Why(a *dyad.Article) ([]dyad.Event, func(string) string) {
	evs, drops := x.explain(a)
	evs, under := x.sure(evs)
	return evs, func(root string) string {
		return reason(evs, drops, under, func(int) bool { return true }, root)
	}
}

// WhyIn codes a whole article and returns, for a sentence and a CAMEO
// root, the reason the coder gave in that sentence (Why's, sentence by
// sentence: eval.SentenceExplainer, for corpus gold lines).
func (x explainer) WhyIn(a *dyad.Article) ([]dyad.Event, func(sentence int, root string) string) {
	evs, drops := x.explain(a)
	evs, under := x.sure(evs)
	return evs, func(sentence int, root string) string {
		return reason(evs, drops, under, func(s int) bool { return s == sentence }, root)
	}
}

// reason is why root was missed in the sentences in accepts: left out
// under --min-confidence, the article set aside whole, the first set-aside
// candidate of that root (or of a whole sentence), else whether any
// pattern matched there.
func reason(evs []dyad.Event, drops []events.Drop, under map[sentenceRoot]bool, in func(sentence int) bool, root string) string {
	for k := range under {
		if in(k.sentence) && k.root == root {
			return "under --min-confidence"
		}
	}
	found := false
	for _, e := range evs {
		found = found || in(e.Sentence)
	}
	for _, d := range drops {
		if d.Sentence == -2 {
			return d.Reason // the whole article
		}
		if !in(d.Sentence) || d.Reason == events.WhyRecoded {
			continue // (a candidate recoded is not set aside)
		}
		found = true
		if d.CAMEO == "" || cameo.Root(d.CAMEO) == root {
			return d.Reason
		}
	}
	if !found {
		return "no pattern matched"
	}
	return "no pattern of this root matched"
}

// isDir reports whether path is a folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
