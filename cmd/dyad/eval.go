package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/eval"
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
root-level matches, then the missed and false events and the wrong dates
(unless --quiet).`,
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
			}}.Run(coder, gold)
			rep.Print(cmd.OutOrStdout(), !quiet)
			if len(gold) == 0 {
				return &exitError{1, fmt.Errorf("%s: no gold sentences", args[0])}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&f.dict, "dict", "", "directory of extra actor dictionary files (*.txt)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print the scores only")
	return cmd
}
