//! A feasibility probe for the decode issue (#19), not used by the SDK: how
//! fast a decoder that reads the bytes itself, instead of going through
//! serde's visitors, turns a list of heart-rate samples into structs of the
//! same size as `HeartRateDataSample` (inline timestamp, `Option<f64>`s, an
//! empty `extra` map), against the typed serde decode and sonic-rs's untyped
//! parse of the same bytes, in the same process.
//!
//! The probe gives up (`None`) on anything it does not expect (an unknown
//! key, an escape, a value of another type) where a real one would hand that
//! member to the serde path; it checks timestamps as UTF-8 and parses any
//! number that is not a short integer with `str::parse::<f64>` (correctly
//! rounded, as `float_roundtrip` is), so its values are those serde gives.
//!
//! `GLIBC_TUNABLES=glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=4294967295 \
//!     cargo run --release -p tryterra-bench --example byte_decoder_probe`

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;
use tryterra_core::models::HeartRateDataDetailed;

/// The probe's sample: the layout of `HeartRateDataSample`.
#[allow(dead_code)]
#[derive(Default)]
struct S {
    ts: Option<(u8, [u8; 38])>,
    bpm: Option<f64>,
    tds: Option<f64>,
    ctx: Option<i64>,
    extra: BTreeMap<String, serde_json::Value>,
}

/// A cursor over the document's bytes.
struct C<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> C<'a> {
    #[inline]
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\n' | b'\r' | b'\t') {
            self.i += 1;
        }
    }
    #[inline]
    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            Some(())
        } else {
            None
        }
    }
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.i).copied()
    }
    #[inline]
    fn str(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let s = self.i;
        let rest = &self.b[s..];
        let n = rest
            .iter()
            .position(|&c| c == b'"' || c == b'\\' || c < 0x20)?;
        if rest[n] != b'"' {
            return None;
        }
        self.i = s + n + 1;
        Some(&rest[..n])
    }
    #[inline]
    fn num(&mut self) -> Option<f64> {
        self.ws();
        let s = self.i;
        let mut v: u64 = 0;
        let mut int = true;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'0'..=b'9' => {
                    v = v.wrapping_mul(10).wrapping_add((c - b'0') as u64);
                    self.i += 1;
                }
                b'.' | b'e' | b'E' | b'-' | b'+' => {
                    int = false;
                    self.i += 1;
                }
                _ => break,
            }
        }
        if self.i == s {
            return None;
        }
        if int && self.i - s < 19 {
            Some(v as f64)
        } else {
            std::str::from_utf8(&self.b[s..self.i]).ok()?.parse().ok()
        }
    }
    #[inline]
    fn int(&mut self) -> Option<i64> {
        let f = self.num()?;
        if f.fract() == 0.0 {
            Some(f as i64)
        } else {
            None
        }
    }
}

/// One `{"timestamp": …, "bpm": …, …}` object.
fn sample(c: &mut C<'_>) -> Option<S> {
    let mut s = S::default();
    c.eat(b'{')?;
    if c.peek()? == b'}' {
        c.i += 1;
        return Some(s);
    }
    loop {
        let k = c.str()?;
        c.eat(b':')?;
        match k {
            b"timestamp" => {
                let v = c.str()?;
                if v.len() > 38 {
                    return None;
                }
                let mut buf = [0u8; 38];
                buf[..v.len()].copy_from_slice(v);
                std::str::from_utf8(v).ok()?;
                s.ts = Some((v.len() as u8, buf));
            }
            b"bpm" => s.bpm = Some(c.num()?),
            b"timer_duration_seconds" => s.tds = Some(c.num()?),
            b"context" => s.ctx = Some(c.int()?),
            _ => return None,
        }
        match c.peek()? {
            b',' => c.i += 1,
            b'}' => {
                c.i += 1;
                return Some(s);
            }
            _ => return None,
        }
    }
}

/// The whole `{"hr_samples": [ … ]}` document.
fn fast(b: &[u8]) -> Option<Vec<S>> {
    let mut c = C { b, i: 0 };
    c.eat(b'{')?;
    let k = c.str()?;
    if k != b"hr_samples" {
        return None;
    }
    c.eat(b':')?;
    c.eat(b'[')?;
    let mut out = Vec::new();
    if c.peek()? == b']' {
        c.i += 1;
    } else {
        loop {
            out.push(sample(&mut c)?);
            match c.peek()? {
                b',' => c.i += 1,
                b']' => {
                    c.i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    c.eat(b'}')?;
    Some(out)
}

fn main() {
    let mut s = String::from("{\"hr_samples\":[");
    for i in 0..110_000u32 {
        if i > 0 {
            s.push(',');
        }
        let (h, m, sec) = ((i / 3600) % 24, (i / 60) % 60, i % 60);
        s.push_str(&format!("{{\"timestamp\":\"2026-01-{:02}T{h:02}:{m:02}:{sec:02}.000000+01:00\",\"bpm\":{},\"timer_duration_seconds\":{},\"context\":0}}", 1 + i / 86400, 50 + (i * 7) % 70, i * 60));
    }
    s.push_str("]}");
    let b = s.as_bytes();
    println!("{} bytes", b.len());
    let n = 30;
    let typed_len = serde_json::from_slice::<HeartRateDataDetailed>(b)
        .unwrap()
        .hr_samples
        .unwrap()
        .len();
    assert_eq!(fast(b).unwrap().len(), typed_len);
    for round in 0..2 {
        let t = Instant::now();
        for _ in 0..n {
            black_box(serde_json::from_slice::<HeartRateDataDetailed>(black_box(b)).unwrap());
        }
        let typed = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for _ in 0..n {
            black_box(sonic_rs::from_slice::<sonic_rs::Value>(black_box(b)).unwrap());
        }
        let sonic = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for _ in 0..n {
            black_box(fast(black_box(b)).unwrap());
        }
        let f = t.elapsed().as_secs_f64();
        let mbs = |x: f64| (b.len() * n) as f64 / x / 1e6;
        println!(
            "round {round}: typed {:.0} MB/s, sonic {:.0} MB/s, byte-level {:.0} MB/s; typed/sonic {:.2}, byte-level/sonic {:.2}",
            mbs(typed),
            mbs(sonic),
            mbs(f),
            sonic / typed,
            sonic / f
        );
    }
}
