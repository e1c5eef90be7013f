// The seccomp profile of a docker sandbox that writes through an idmapped root-owned workspace
// (docs/adr/0013-never-host-root.md, "The docker backend"). What such a sandbox creates is owned
// by root on disk, so a `chmod 4755` there would leave a set-uid-root program on the host that any
// host user able to reach the checkout could run (the red team's F1 on the local backend, whose
// bubblewrap filter is src/backends/local/seccomp.ts). The engine's API cannot add a rule to its
// default profile, only replace it, so this is a whole profile in the engine's JSON format, which
// Docker and Podman share: an allowlist in the spirit of their defaults for a container without
// capabilities (everything gated by a capability the container lacks is left out), and:
// - chmod, fchmod, fchmodat, fchmodat2, creat, open, openat, mkdir, mkdirat, mknod and mknodat are
//   allowed only with no set-user-ID or set-group-ID bit in their mode (EPERM otherwise);
// - openat2 (its mode sits in a struct seccomp cannot read) and io_uring (which opens files without
//   a system call per file) are not allowed, so programs fall back to openat;
// - only the native ABI: the profile names no sub-architecture (i386 or x32 calls on x86_64), so
//   the engine's filter refuses the calls of another ABI, whose numbers would escape the rules.
// Anything not named (a system call newer than this list, one the engine's libseccomp does not
// know) fails with ENOSYS, which C libraries take as "fall back to the older call".
//
// Written from the kernel's system call table (arch/x86/entry/syscalls/syscall_64.tbl and
// include/uapi/asm-generic/unistd.h) and Docker's documented list of what its default profile
// blocks (docs.docker.com/engine/security/seccomp/); the names are the same on x86_64 and arm64
// but for a few x86-only ones, which the engine skips on arm64.

const ENOSYS = 38;
const EPERM = 1;
const SET_UID = 0o4000;
const SET_GID = 0o2000;

/** system call -> index of its mode argument */
export const MODE_ARGUMENT: Readonly<Record<string, number>> = {
  chmod: 1,
  fchmod: 1,
  fchmodat: 2,
  fchmodat2: 2,
  creat: 1,
  open: 2,
  openat: 3,
  mkdir: 1,
  mkdirat: 2,
  mknod: 1,
  mknodat: 2,
};

/** Allowed whatever their arguments. */
export const ALLOWED: readonly string[] = [
  // processes, signals, scheduling
  "arch_prctl",
  "capget",
  "capset",
  "execve",
  "execveat",
  "exit",
  "exit_group",
  "fork",
  "vfork",
  "getpid",
  "getppid",
  "gettid",
  "getpgid",
  "getpgrp",
  "getsid",
  "setpgid",
  "setsid",
  "getpriority",
  "setpriority",
  "getrlimit",
  "setrlimit",
  "prlimit64",
  "getrusage",
  "kill",
  "tkill",
  "tgkill",
  "pidfd_open",
  "pidfd_send_signal",
  "prctl",
  "ptrace",
  "process_vm_readv",
  "process_vm_writev",
  "rseq",
  "restart_syscall",
  "rt_sigaction",
  "rt_sigpending",
  "rt_sigprocmask",
  "rt_sigqueueinfo",
  "rt_sigreturn",
  "rt_sigsuspend",
  "rt_sigtimedwait",
  "rt_tgsigqueueinfo",
  "sigaltstack",
  "pause",
  "wait4",
  "waitid",
  "sched_getaffinity",
  "sched_setaffinity",
  "sched_getattr",
  "sched_setattr",
  "sched_getparam",
  "sched_setparam",
  "sched_getscheduler",
  "sched_setscheduler",
  "sched_get_priority_max",
  "sched_get_priority_min",
  "sched_rr_get_interval",
  "sched_yield",
  "ioprio_get",
  "ioprio_set",
  "getcpu",
  "seccomp",
  "landlock_create_ruleset",
  "landlock_add_rule",
  "landlock_restrict_self",
  "set_tid_address",
  "set_robust_list",
  "get_robust_list",
  "set_thread_area",
  "get_thread_area",
  "uretprobe",
  // credentials (without capabilities: only among the process's own ids)
  "getuid",
  "geteuid",
  "getgid",
  "getegid",
  "getresuid",
  "getresgid",
  "getgroups",
  "setuid",
  "setgid",
  "setreuid",
  "setregid",
  "setresuid",
  "setresgid",
  "setfsuid",
  "setfsgid",
  "setgroups",
  // memory
  "brk",
  "mmap",
  "munmap",
  "mremap",
  "mprotect",
  "madvise",
  "mincore",
  "msync",
  "mlock",
  "mlock2",
  "mlockall",
  "munlock",
  "munlockall",
  "membarrier",
  "memfd_create",
  "remap_file_pages",
  "pkey_alloc",
  "pkey_free",
  "pkey_mprotect",
  "map_shadow_stack",
  "mseal",
  "cachestat",
  // time
  "adjtimex",
  "clock_getres",
  "clock_gettime",
  "clock_nanosleep",
  "gettimeofday",
  "nanosleep",
  "time",
  "times",
  "alarm",
  "getitimer",
  "setitimer",
  "timer_create",
  "timer_delete",
  "timer_getoverrun",
  "timer_gettime",
  "timer_settime",
  "timerfd_create",
  "timerfd_gettime",
  "timerfd_settime",
  // synchronisation, events
  "futex",
  "futex_waitv",
  "futex_wake",
  "futex_wait",
  "futex_requeue",
  "epoll_create",
  "epoll_create1",
  "epoll_ctl",
  "epoll_pwait",
  "epoll_pwait2",
  "epoll_wait",
  "eventfd",
  "eventfd2",
  "signalfd",
  "signalfd4",
  "inotify_init",
  "inotify_init1",
  "inotify_add_watch",
  "inotify_rm_watch",
  "poll",
  "ppoll",
  "select",
  "pselect6",
  // System V and POSIX IPC (the sandbox's own IPC namespace)
  "msgctl",
  "msgget",
  "msgrcv",
  "msgsnd",
  "semctl",
  "semget",
  "semop",
  "semtimedop",
  "shmat",
  "shmctl",
  "shmdt",
  "shmget",
  "mq_getsetattr",
  "mq_notify",
  "mq_open",
  "mq_timedreceive",
  "mq_timedsend",
  "mq_unlink",
  // files and descriptors (those that take a mode are in MODE_ARGUMENT)
  "access",
  "faccessat",
  "faccessat2",
  "chdir",
  "fchdir",
  "getcwd",
  "chown",
  "fchown",
  "fchownat",
  "lchown",
  "close",
  "close_range",
  "copy_file_range",
  "dup",
  "dup2",
  "dup3",
  "fadvise64",
  "fallocate",
  "fcntl",
  "fdatasync",
  "flock",
  "fstat",
  "fstatfs",
  "fsync",
  "ftruncate",
  "futimesat",
  "getdents",
  "getdents64",
  "ioctl",
  "link",
  "linkat",
  "lseek",
  "lstat",
  "newfstatat",
  "pipe",
  "pipe2",
  "pread64",
  "preadv",
  "preadv2",
  "pwrite64",
  "pwritev",
  "pwritev2",
  "read",
  "readahead",
  "readlink",
  "readlinkat",
  "readv",
  "rename",
  "renameat",
  "renameat2",
  "rmdir",
  "sendfile",
  "splice",
  "stat",
  "statfs",
  "statx",
  "symlink",
  "symlinkat",
  "sync",
  "sync_file_range",
  "syncfs",
  "tee",
  "truncate",
  "umask",
  "unlink",
  "unlinkat",
  "utime",
  "utimensat",
  "utimes",
  "vmsplice",
  "write",
  "writev",
  "getxattr",
  "lgetxattr",
  "fgetxattr",
  "listxattr",
  "llistxattr",
  "flistxattr",
  "setxattr",
  "lsetxattr",
  "fsetxattr",
  "removexattr",
  "lremovexattr",
  "fremovexattr",
  "io_setup",
  "io_destroy",
  "io_getevents",
  "io_pgetevents",
  "io_submit",
  "io_cancel",
  // sockets (socket itself: see below)
  "accept",
  "accept4",
  "bind",
  "connect",
  "getpeername",
  "getsockname",
  "getsockopt",
  "listen",
  "recvfrom",
  "recvmmsg",
  "recvmsg",
  "sendmmsg",
  "sendmsg",
  "sendto",
  "setsockopt",
  "shutdown",
  "socketpair",
  // the system, read-only
  "getrandom",
  "sysinfo",
  "uname",
];

/** clone's namespace flags (CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET) */
const CLONE_NAMESPACES = 0x7e02_0000;
/** personality(2) values a program may ask for: Linux, 32-bit Linux, uname26, and the query */
const PERSONALITIES = [0x0, 0x8, 0x2_0000, 0x2_0008, 0xffff_ffff];
const AF_VSOCK = 40;

interface Condition {
  index: number;
  value: number;
  valueTwo?: number;
  op: "SCMP_CMP_EQ" | "SCMP_CMP_NE" | "SCMP_CMP_MASKED_EQ";
}

interface Rule {
  names: string[];
  action: "SCMP_ACT_ALLOW" | "SCMP_ACT_ERRNO";
  args?: Condition[];
  errnoRet?: number;
}

export interface SeccompProfile {
  defaultAction: "SCMP_ACT_ERRNO";
  defaultErrnoRet: number;
  archMap: { architecture: string; subArchitectures: string[] }[];
  syscalls: Rule[];
}

/**
 * The profile, for `SecurityOpt: seccomp=...`: the JSON itself for Docker, a file's path for
 * Podman (its compatible API reads the value as a path).
 */
export function noSetIdProfile(): SeccompProfile {
  const modeRules: Rule[] = Object.entries(MODE_ARGUMENT).flatMap(([name, index]) => [
    {
      names: [name],
      action: "SCMP_ACT_ALLOW" as const,
      args: [{ index, value: SET_UID | SET_GID, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" as const }],
    },
    ...[SET_UID, SET_GID].map((bit) => ({
      names: [name],
      action: "SCMP_ACT_ERRNO" as const,
      errnoRet: EPERM,
      args: [{ index, value: bit, valueTwo: bit, op: "SCMP_CMP_MASKED_EQ" as const }],
    })),
  ]);
  return {
    defaultAction: "SCMP_ACT_ERRNO",
    defaultErrnoRet: ENOSYS,
    // no sub-architectures: another ABI's calls are refused whole
    archMap: [
      { architecture: "SCMP_ARCH_X86_64", subArchitectures: [] },
      { architecture: "SCMP_ARCH_AARCH64", subArchitectures: [] },
    ],
    syscalls: [
      { names: [...ALLOWED], action: "SCMP_ACT_ALLOW" },
      ...modeRules,
      // threads and processes, not namespaces (clone3's flags are out of reach: ENOSYS, and the C
      // library falls back to clone)
      {
        names: ["clone"],
        action: "SCMP_ACT_ALLOW",
        args: [{ index: 0, value: CLONE_NAMESPACES, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" }],
      },
      ...PERSONALITIES.map(
        (value): Rule => ({
          names: ["personality"],
          action: "SCMP_ACT_ALLOW",
          args: [{ index: 0, value, op: "SCMP_CMP_EQ" }],
        }),
      ),
      // every address family but vsock (the host's hypervisor channel)
      {
        names: ["socket"],
        action: "SCMP_ACT_ALLOW",
        args: [{ index: 0, value: AF_VSOCK, op: "SCMP_CMP_NE" }],
      },
    ],
  };
}
