//! One type per Terra v2 operation (placeholder until issue 2's operations land).
