# cmake -DIN=file -DOUT=file.inc -DVAR=name -P EmbedOne.cmake : one file as a NUL-terminated char array.
file(READ ${IN} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
file(WRITE ${OUT} "static const char ${VAR}[] = {${body}'\\0'};\n")
