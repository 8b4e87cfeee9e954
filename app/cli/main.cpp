#include <iostream>
int main() { std::cout << "nnlab-cli\n"; return 0; }
