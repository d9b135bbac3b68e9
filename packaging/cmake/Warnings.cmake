# Warnings on for our own targets (not for Qt's generated moc/rcc code, which we do not own).
function(m2ai_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()
