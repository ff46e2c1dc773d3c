/** Entry point: sign in, then the phone. */
import { appView } from "./app";
import { show } from "./dom";
import { Phone } from "./phone";
import { signInView } from "./views/sign-in";

const root = document.getElementById("app") as HTMLElement;

function signIn(): void {
  show(
    root,
    signInView((options) => {
      const phone = new Phone(options);
      show(
        root,
        appView(phone, async () => {
          await phone.goOffline();
          signIn();
        }),
      );
      phone.goOnline();
    }),
  );
}

signIn();
