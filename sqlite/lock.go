package sqlite

import "fmt"

// LockedError is LockWriter's error when another process holds the
// store's writer lock.
type LockedError struct {
	Path string // the store file
	PID  int    // the holder's process id, 0 when unknown
}

func (e *LockedError) Error() string {
	if e.PID > 0 {
		return fmt.Sprintf("%s is being written by another dyad ingest or dyad worker (pid %d)", e.Path, e.PID)
	}
	return fmt.Sprintf("%s is being written by another dyad ingest or dyad worker", e.Path)
}
