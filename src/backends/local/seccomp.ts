// A seccomp filter for the local sandbox's processes (bubblewrap's --seccomp): no file they create
// or change may carry a set-user-ID or set-group-ID bit. Started by root on a root-owned
// workspace, the sandbox writes through an idmapped mount (ADR 0013), so what it creates is owned
// by root on disk: a `chmod 4755` there would leave a set-uid-root program on the host, which any
// host user who can reach the checkout could run as root (the red team's F1). Elsewhere such a
// file would be set-uid to the workspace's owner: no better. Nothing an agent legitimately does
// needs these bits, so every call that could set them fails with EPERM instead.
//
// Calls covered, with the argument that holds the mode: chmod, fchmod, fchmodat, fchmodat2, creat,
// open, openat, mkdir, mkdirat, mknod, mknodat. openat2 (its mode sits in a struct seccomp cannot
// read) and io_uring (which opens files without a system call per file) fail with ENOSYS, so
// programs fall back to openat. System calls of another ABI (i386's int 0x80 on x86_64, x32) fail
// with ENOSYS too: their numbers differ, and the filter would not see their chmod.

/** cBPF opcodes */
const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const RET_K = 0x06;

const RET_ALLOW = 0x7fff_0000;
const RET_ERRNO = 0x0005_0000;
const EPERM = 1;
const ENOSYS = 38;
const SET_ID_BITS = 0o6000;
/** x32 system calls carry this bit in their number on x86_64 */
const X32_SYSCALL_BIT = 0x4000_0000;

/** struct seccomp_data: nr at 0, arch at 4, args[i] at 16 + 8 i (their low 32 bits, little-endian) */
const NR_OFFSET = 0;
const ARCH_OFFSET = 4;
const argOffset = (index: number) => 16 + 8 * index;

interface ArchTable {
  audit: number;
  /** system call number -> index of its mode argument */
  modeArg: Record<number, number>;
  refused: number[];
}

// asm-generic numbering (arm64, riscv64) has no chmod, creat, open, mkdir or mknod
const GENERIC: ArchTable = {
  audit: 0,
  modeArg: { 52: 1, 53: 2, 452: 2, 56: 3, 34: 2, 33: 2 },
  refused: [437, 425, 426, 427],
};

const ARCHES: Record<string, ArchTable> = {
  x64: {
    audit: 0xc000_003e,
    modeArg: { 90: 1, 91: 1, 268: 2, 452: 2, 85: 1, 2: 2, 257: 3, 83: 1, 258: 2, 133: 1, 259: 2 },
    refused: [437, 425, 426, 427],
  },
  arm64: { ...GENERIC, audit: 0xc000_00b7 },
  riscv64: { ...GENERIC, audit: 0xc000_00f3 },
};

function instruction(code: number, jt: number, jf: number, k: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeUInt16LE(code, 0);
  out.writeUInt8(jt, 2);
  out.writeUInt8(jf, 3);
  out.writeUInt32LE(k >>> 0, 4);
  return out;
}

/**
 * The compiled filter (struct sock_filter[]), as bubblewrap's --seccomp reads it from a
 * descriptor; undefined on an architecture we have no table for.
 */
export function noSetIdFilter(arch: string = process.arch): Buffer | undefined {
  const table = ARCHES[arch];
  if (!table) return undefined;
  const program: Buffer[] = [];
  const refuseWith = (errno: number) => instruction(RET_K, 0, 0, RET_ERRNO | errno);
  // another ABI: nothing of it
  program.push(instruction(LD_W_ABS, 0, 0, ARCH_OFFSET));
  program.push(instruction(JEQ_K, 1, 0, table.audit));
  program.push(refuseWith(ENOSYS));
  program.push(instruction(LD_W_ABS, 0, 0, NR_OFFSET));
  if (arch === "x64") {
    program.push(instruction(JGE_K, 0, 1, X32_SYSCALL_BIT));
    program.push(refuseWith(ENOSYS));
  }
  for (const nr of table.refused) {
    program.push(instruction(JEQ_K, 0, 1, nr));
    program.push(refuseWith(ENOSYS));
  }
  for (const [nr, arg] of Object.entries(table.modeArg)) {
    // not this call: on to the next (the accumulator still holds the number)
    program.push(instruction(JEQ_K, 0, 4, Number(nr)));
    program.push(instruction(LD_W_ABS, 0, 0, argOffset(arg)));
    program.push(instruction(JSET_K, 0, 1, SET_ID_BITS));
    program.push(refuseWith(EPERM));
    program.push(instruction(RET_K, 0, 0, RET_ALLOW));
  }
  program.push(instruction(RET_K, 0, 0, RET_ALLOW));
  return Buffer.concat(program);
}
