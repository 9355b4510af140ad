//! A tiny deterministic pseudo-random generator (SplitMix64).
//!
//! Good enough for plausible sample data and fault sampling; not for
//! anything security related.

/// SplitMix64 state.
#[derive(Clone, Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A generator for one (user, day, stream) triple.
    pub(crate) fn for_key(user_id: &str, day: i64, stream: u64) -> Self {
        let mut r = Rng::new(hash_str(user_id) ^ (day as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.0 ^= stream.wrapping_mul(0xD1B5_4A32_D192_ED03);
        r.next_u64();
        r
    }

    /// Next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `[lo, hi)`.
    pub(crate) fn range_f(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform integer in `[lo, hi]` (inclusive).
    pub(crate) fn range_i(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo + 1) as u64;
        lo + (self.next_u64() % span) as i64
    }

    /// Picks one element of a non-empty slice.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let i = (self.next_u64() % items.len().max(1) as u64) as usize;
        &items[i.min(items.len().saturating_sub(1))]
    }
}

/// The SplitMix64 output function (a good 64-bit mixer on its own).
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a over the bytes of `s`, then mixed.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h)
}

/// A UUID-shaped (version 4 layout) identifier derived from `seed`.
pub(crate) fn uuid_like(seed: u64) -> String {
    let a = mix(seed);
    let b = mix(a ^ 0x5555_5555_5555_5555);
    format!(
        "{:08x}-{:04x}-4{:03x}-{:x}{:03x}-{:012x}",
        (a >> 32) as u32,
        (a >> 16) as u16,
        (a & 0x0fff) as u16,
        8 + (b >> 62),
        ((b >> 48) & 0x0fff) as u16,
        b & 0xffff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_in_range() {
        let mut a = Rng::for_key("u", 3, 1);
        let mut b = Rng::for_key("u", 3, 1);
        for _ in 0..100 {
            let x = a.unit();
            assert_eq!(x, b.unit());
            assert!((0.0..1.0).contains(&x));
            let i = a.range_i(5, 9);
            b.range_i(5, 9);
            assert!((5..=9).contains(&i));
        }
        let id = uuid_like(7);
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
    }
}
