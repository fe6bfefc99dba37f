package main

import "github.com/spf13/cobra"

func newExportCmd() *cobra.Command { return notYet("export") }
