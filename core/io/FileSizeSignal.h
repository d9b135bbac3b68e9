#pragma once
// A file size limit (`ulimit -f`, RLIMIT_FSIZE) makes the kernel send SIGXFSZ to a process whose
// write crosses it. By default that signal kills the process on the spot: mid-save, with no message
// and with the save's temporary file left behind. Ignored, the same write() fails with EFBIG, and
// every save path then reports "the file size limit was reached" and removes its temporary file.
namespace m2ai {

// Call first thing in main(). Programs the process starts inherit the setting (it survives exec).
void ignoreFileSizeSignal();

}  // namespace m2ai
