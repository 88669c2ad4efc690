import ArgumentParser
import Browser
import Corpus

print("xunshi")
