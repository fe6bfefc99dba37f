package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/events"
)

func newEvalCmd() *cobra.Command {
	var f codingFlags
	var quiet bool
	cmd := &cobra.Command{
		Use:   "eval GOLD.jsonl",
		Short: "score the coder against a gold set: precision, recall, F1",
		Long: `eval codes every text of a gold set (JSON Lines: {"id","date","text","events":[…]})
and prints precision, recall and F1 overall, by CAMEO root, at full-code
level and at PLOVER event-type level, the agreement of status and date on
root-level matches, the missed events counted by the reason the coder gives
(no pattern matched, no source found, screened, …), then the missed events
with that reason, the false events and the wrong dates (unless --quiet).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := os.Open(args[0])
			if err != nil {
				return &exitError{1, err}
			}
			defer in.Close()
			gold, err := eval.ReadGold(in, args[0])
			if err != nil {
				return &exitError{1, err}
			}
			if len(gold) == 0 {
				return &exitError{1, fmt.Errorf("%s: no gold sentences", args[0])} // (not a perfect score)
			}
			coder, _, err := f.newCoder()
			if err != nil {
				return err
			}
			ont, err := cameo.Default()
			if err != nil {
				return err
			}
			rep := eval.Scorer{PloverOf: func(code string) string {
				c, _ := ont.Lookup(code)
				return c.Plover.Event
			}}.Run(explainer{coder}, gold)
			rep.Print(cmd.OutOrStdout(), !quiet)
			return nil
		},
	}
	cmd.Flags().StringVar(&f.dict, "dict", "", "directory of extra actor dictionary files (*.txt)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print the scores only")
	return cmd
}

// explainer gives eval the coder's reason for each missing root.
type explainer struct{ *events.Coder }

// Why codes a and returns, for a CAMEO root, the reason the coder gave for
// setting aside its first candidate of that root, else that no pattern
// (of that root) matched.
func (x explainer) Why(a *dyad.Article) ([]dyad.Event, func(string) string) {
	evs, drops := x.Explain(a)
	return evs, func(root string) string {
		for _, d := range drops {
			if d.CAMEO == "" || cameo.Root(d.CAMEO) == root {
				return d.Reason
			}
		}
		if len(evs) == 0 && len(drops) == 0 {
			return "no pattern matched"
		}
		return "no pattern of this root matched"
	}
}
