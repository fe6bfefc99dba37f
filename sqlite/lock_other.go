//go:build !linux

package sqlite

// LockWriter does nothing but on Linux (see lock_linux.go): flock and
// SQLite's fcntl locks interact on BSD and macOS.
func LockWriter(path string) (unlock func() error, err error) {
	return func() error { return nil }, nil
}
