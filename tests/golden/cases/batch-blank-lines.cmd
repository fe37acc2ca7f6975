batch
