package store

// BackfillActorCounts is migration 3's recount, for tests.
var BackfillActorCounts = actorCounters[4]
