package main

import "github.com/spf13/cobra"

func newEventsCmd() *cobra.Command { return notYet("events") }
