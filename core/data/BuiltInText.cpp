// The text the "text" data set learns when no file is given: short original
// sentences about how a network learns, written for this lab (no quotation).
// Plain ASCII and a small vocabulary, with words that come back often, so a
// small LSTM writes recognisable words within a classroom run.
#include "data/TextData.h"

namespace nnlab {

const std::string& builtInText() {
    static const std::string text =
        "the network reads one letter at a time and tries to guess the next one.\n"
        "at first it guesses at random, and the loss is high.\n"
        "then the gradient tells every weight which way to move, and the loss goes down.\n"
        "the network learns that a space comes after a word, and that the comes often.\n"
        "it learns that q is followed by u, and that a line ends with a full stop.\n"
        "a small network can learn a small text by heart.\n"
        "a large network can learn a large text, if it has time and data.\n"
        "the hidden state carries what the network has read so far.\n"
        "the gates of the memory cell decide what to keep and what to forget.\n"
        "a plain recurrent network forgets quickly, because its gradient fades through time.\n"
        "the memory cell keeps the gradient alive, so the network can look further back.\n"
        "when the temperature is low, the network writes the letter it believes most.\n"
        "when the temperature is high, the network takes more risks and makes up new words.\n"
        "the teacher sets the learning rate, and the class watches the loss.\n"
        "if the learning rate is too high, the loss jumps about and may never settle.\n"
        "if the learning rate is too low, the network learns, but slowly.\n"
        "the data is the text, the target is the next letter, and the loss is the surprise.\n"
        "every step of training makes the network a little less surprised.\n"
        "after many steps the network writes words that look like the words it has read.\n"
        "it does not know what the words mean. it only knows which letter tends to come next.\n"
        "still, the words appear one by one, and the class can read them.\n"
        "the network reads, the network guesses, the network learns.\n"
        "the weights change a little at every step, and the text gets better.\n"
        "a good guess costs little, a bad guess costs much, and the network learns from both.\n"
        "the more it reads, the better it writes.\n"
        "the letters make words, the words make lines, and the lines make a text.\n"
        "the network learns the text line by line, and word by word.\n"
        "at the end of the lesson, the network writes a line that nobody wrote before.\n";
    return text;
}

}  // namespace nnlab
