module fxa-helm/pause

go 1.24
