// The real node's pod sandbox process: it holds the pod's namespaces open, reaps orphaned children
// (it is PID 1 of the pod when the process namespace is shared) and exits on SIGINT or SIGTERM.
// Kubernetes' own pause image cannot be pulled here, so containerd's sandbox image is built from this.
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	signals := make(chan os.Signal, 4)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGCHLD)
	for s := range signals {
		if s != syscall.SIGCHLD {
			os.Exit(0)
		}
		for {
			var status syscall.WaitStatus
			pid, err := syscall.Wait4(-1, &status, syscall.WNOHANG, nil)
			if pid <= 0 || err != nil {
				break
			}
		}
	}
}
