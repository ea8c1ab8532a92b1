/**
 * Jumping xoroshiro128+ ahead: the state n numbers later, without making them. The generator's
 * step is linear over GF(2) on its 128 bits of state (shifts, rotations and exclusive ors; only its
 * output adds), so n steps are one product with the n-th power of the step's 128 x 128 bit matrix,
 * found by repeated squaring. This lets worker threads each make their own share of a
 * simulation's seeded draws (kernel/failure-draws.ts) and still draw exactly the numbers one
 * thread would.
 *
 * A matrix is 128 columns of four 32-bit words (the state in pure-rand's `getState` order), column
 * i the image of state bit i. O(128^2 x 4) word operations per product, O(log n) products per
 * power; O(128 x 4) per jump with a power already made.
 *
 * Reference: H. Haramoto, M. Matsumoto, T. Nishimura, F. Panneton and P. L'Ecuyer, "Efficient jump
 * ahead for F2-linear random number generators", INFORMS Journal on Computing 20 (2008).
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** Bits of a state, and 32-bit words in it. */
const BITS = 128;
const WORDS = 4;

/** A 128 x 128 bit matrix: column i (words 4i .. 4i + 3) is the image of state bit i. */
export type JumpMatrix = Int32Array;

/** The matrix of one step of the generator, read from the generator itself bit by bit. */
function stepMatrix(): JumpMatrix {
  const matrix = new Int32Array(BITS * WORDS);
  for (let i = 0; i < BITS; i++) {
    const state = [0, 0, 0, 0];
    state[i >>> 5] = 1 << (i & 31);
    const rng = xoroshiro128plusFromState(state);
    rng.next();
    matrix.set(rng.getState(), i * WORDS);
  }
  return matrix;
}

/** `matrix` times the state in words `from` .. `from + 3` of `vector`, written to `out` at `at`. */
function multiplyInto(
  matrix: JumpMatrix,
  vector: ArrayLike<number>,
  from: number,
  out: Int32Array | number[],
  at: number,
): void {
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  for (let w = 0; w < WORDS; w++) {
    let bits = vector[from + w]! | 0;
    while (bits !== 0) {
      const b = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const column = (w * 32 + b) * WORDS;
      w0 ^= matrix[column]!;
      w1 ^= matrix[column + 1]!;
      w2 ^= matrix[column + 2]!;
      w3 ^= matrix[column + 3]!;
    }
  }
  out[at] = w0;
  out[at + 1] = w1;
  out[at + 2] = w2;
  out[at + 3] = w3;
}

/** The product a x b. */
function product(a: JumpMatrix, b: JumpMatrix): JumpMatrix {
  const out = new Int32Array(BITS * WORDS);
  for (let j = 0; j < BITS; j++) multiplyInto(a, b, j * WORDS, out, j * WORDS);
  return out;
}

/** The matrix of `steps` steps of the generator (a whole number from 0 to 2^53 - 1). */
export function jumpMatrix(steps: number): JumpMatrix {
  let result: JumpMatrix | undefined;
  let power = stepMatrix();
  for (let n = steps; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = result === undefined ? power : product(power, result);
    if (n > 1) power = product(power, power);
  }
  if (result !== undefined) return result;
  const identity = new Int32Array(BITS * WORDS);
  for (let i = 0; i < BITS; i++) identity[i * WORDS + (i >>> 5)] = 1 << (i & 31);
  return identity;
}

/** The state `matrix` leads to from `state` (four words, pure-rand's `getState` order). */
export function jump(matrix: JumpMatrix, state: readonly number[]): number[] {
  const out = [0, 0, 0, 0];
  multiplyInto(matrix, state, 0, out, 0);
  return out;
}
