#include <iostream>
int main() { std::cout << "mine2ai-cli " M2AI_VERSION "\n"; return 0; }
