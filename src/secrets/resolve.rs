//! Reading each distinct path once (concurrently, bounded), with start-up retry.
