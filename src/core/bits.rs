//! Bit-level packing for share links: a writer and reader of bit fields, mixed-radix numbers
//! packed in 64-bit chunks, CRC-24 and a 32-bit fingerprint.

/// Appends fields of any width, most significant bit first.
#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    len: usize,
}

impl BitWriter {
    pub fn push(&mut self, value: u64, bits: u32) {
        for i in (0..bits).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }

    /// Pads with zero bits to a whole byte.
    pub fn align(&mut self) {
        let pad = (8 - self.len % 8) % 8;
        self.push(0, pad as u32);
    }

    pub fn push_bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.push(*b as u64, 8);
        }
    }

    /// A variable-length unsigned number: 7 bits a byte, high bit set on all but the last.
    pub fn push_varint(&mut self, mut n: u64) {
        loop {
            let low = n & 0x7f;
            n >>= 7;
            self.push(if n > 0 { low | 0x80 } else { low }, 8);
            if n == 0 {
                break;
            }
        }
    }

    /// Values, each below its radix, as mixed-radix numbers in chunks that fit 63 bits.
    pub fn push_digits(&mut self, digits: &[(u64, u64)]) {
        for chunk in chunks(digits.iter().map(|d| d.1)) {
            let mut value = 0u64;
            for (digit, radix) in &digits[chunk.start..chunk.end] {
                value = value * radix + digit.min(&(radix - 1));
            }
            self.push(value, chunk.bits);
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Reads what a BitWriter wrote; every read past the end is an error, never a panic.
pub struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
    end: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The data ended early.
    End,
    /// A value is out of its range.
    Invalid,
}

impl<'a> BitReader<'a> {
    /// Reads the first `end` bits of `bytes`.
    pub fn new(bytes: &'a [u8], end: usize) -> BitReader<'a> {
        BitReader {
            bytes,
            pos: 0,
            end: end.min(bytes.len() * 8),
        }
    }

    pub fn read(&mut self, bits: u32) -> Result<u64, ReadError> {
        if bits > 64 || self.pos + bits as usize > self.end {
            return Err(ReadError::End);
        }
        let mut value = 0u64;
        for _ in 0..bits {
            let bit = (self.bytes[self.pos / 8] >> (7 - self.pos % 8)) & 1;
            value = (value << 1) | bit as u64;
            self.pos += 1;
        }
        Ok(value)
    }

    pub fn align(&mut self) -> Result<(), ReadError> {
        let pad = (8 - self.pos % 8) % 8;
        match self.read(pad as u32)? {
            0 => Ok(()),
            _ => Err(ReadError::Invalid),
        }
    }

    pub fn read_bytes(&mut self, n: usize) -> Result<Vec<u8>, ReadError> {
        if self.pos + n * 8 > self.end {
            return Err(ReadError::End);
        }
        (0..n).map(|_| self.read(8).map(|b| b as u8)).collect()
    }

    pub fn read_varint(&mut self) -> Result<u64, ReadError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.read(8)?;
            value |= (byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ReadError::Invalid)
    }

    /// Reads values written by `push_digits` with the same radices.
    pub fn read_digits(&mut self, radices: &[u64]) -> Result<Vec<u64>, ReadError> {
        let mut digits = vec![0; radices.len()];
        for chunk in chunks(radices.iter().copied()) {
            let mut value = self.read(chunk.bits)?;
            let product: u64 = radices[chunk.start..chunk.end].iter().product();
            if value >= product {
                return Err(ReadError::Invalid);
            }
            for i in (chunk.start..chunk.end).rev() {
                digits[i] = value % radices[i];
                value /= radices[i];
            }
        }
        Ok(digits)
    }

    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn remaining(&self) -> usize {
        self.end - self.pos
    }
}

struct Chunk {
    start: usize,
    end: usize,
    bits: u32,
}

/// Groups radices greedily so that each group's product stays below 2^63.
fn chunks(radices: impl Iterator<Item = u64>) -> Vec<Chunk> {
    let mut out = Vec::new();
    let (mut start, mut product) = (0usize, 1u64);
    let mut i = 0;
    for radix in radices {
        let radix = radix.max(1);
        match product.checked_mul(radix).filter(|p| *p < 1 << 63) {
            Some(p) => product = p,
            None => {
                out.push(Chunk {
                    start,
                    end: i,
                    bits: bits_for(product),
                });
                start = i;
                product = radix;
            }
        }
        i += 1;
    }
    if i > start {
        out.push(Chunk {
            start,
            end: i,
            bits: bits_for(product),
        });
    }
    out
}

/// Bits needed for values 0..product.
fn bits_for(product: u64) -> u32 {
    64 - (product.saturating_sub(1)).leading_zeros()
}

/// CRC-24 as in OpenPGP (RFC 4880): detects every burst error of up to 24 bits.
pub fn crc24(data: &[u8]) -> u32 {
    let mut crc: u32 = 0xB7_04CE;
    for byte in data {
        crc ^= (*byte as u32) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x186_4CFB;
            }
        }
    }
    crc & 0xFF_FFFF
}

/// FNV-1a, 32 bits: a stable fingerprint of a short text.
pub fn fnv1a(text: &str) -> u32 {
    text.bytes()
        .fold(0x811C_9DC5, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let mut w = BitWriter::default();
        w.push(5, 3);
        w.push(0xABCDE, 20);
        w.push_varint(300);
        w.push_digits(&[(6, 7), (0, 7), (3, 5)]);
        let mut r = BitReader::new(w.bytes(), w.len());
        assert_eq!(r.read(3), Ok(5));
        assert_eq!(r.read(20), Ok(0xABCDE));
        assert_eq!(r.read_varint(), Ok(300));
        assert_eq!(r.read_digits(&[7, 7, 5]), Ok(vec![6, 0, 3]));
        assert_eq!(r.remaining(), 0);
        assert_eq!(r.read(1), Err(ReadError::End));
    }

    #[test]
    fn digits_pack_close_to_the_limit() {
        // 54 items of 7 states: log2(7^54) = 151.6 bits; chunks of 22 lose at most a bit each.
        let digits: Vec<(u64, u64)> = (0..54).map(|i| (i % 7, 7)).collect();
        let mut w = BitWriter::default();
        w.push_digits(&digits);
        assert!(w.len() <= 154, "{}", w.len());
        let mut r = BitReader::new(w.bytes(), w.len());
        assert_eq!(
            r.read_digits(&[7; 54]).unwrap(),
            digits.iter().map(|d| d.0).collect::<Vec<_>>()
        );
    }

    #[test]
    fn crc24_check_value() {
        // The CRC-24/OpenPGP check value for "123456789".
        assert_eq!(crc24(b"123456789"), 0x21CF02);
        assert_eq!(fnv1a(""), 0x811C_9DC5);
        assert_eq!(fnv1a("a"), 0xE40C_292C);
    }
}
