#pragma once
// Write a whole file so that a crash at any instant leaves either the old file or the new one:
// write a temporary file beside the target, fsync it, rename it over the target, fsync the folder.
#include <string>

#include "storage/ProjectFile.h"

namespace m2ai {

// ok, or !ok with a one-line error naming the path and the system error; no exception escapes.
// Through a symbolic link the link's target is replaced (resolveSaveTarget) and the link is kept;
// the previous file's permissions are kept.
SaveResult writeFileAtomically(const std::string& path, const std::string& contents);

struct SaveTarget {
    bool ok = false;
    std::string path;   // the file a write-then-rename must replace
    std::string error;  // one line, for the user, without the path
};
// The file that saving to path must replace. rename() over a symbolic link would replace the link
// with a plain file and leave the file it names unchanged, so the last component is followed
// through every link (also dangling ones: saving creates their target, as `echo > link` does).
// Folders are left to the kernel. Fails on a loop or a chain of more than 40 links.
SaveTarget resolveSaveTarget(const std::string& path);

}  // namespace m2ai
