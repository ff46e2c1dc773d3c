/** Entry point: sign in, then the phone. */
import { appView } from "./app";
import { connectCrm, crmWrapperUrl } from "./crm-link";
import { show } from "./dom";
import { Phone } from "./phone";
import { signInView } from "./views/sign-in";

const root = document.getElementById("app") as HTMLElement;

function signIn(): void {
  show(
    root,
    signInView(async (options) => {
      const phone = new Phone(options);
      show(
        root,
        appView(phone, async () => {
          await phone.goOffline();
          phone.crm?.destroy();
          signIn();
        }),
      );
      // The CRM wrapper first, so it hears of the calls that ring as soon as the softphone connects.
      const wrapperUrl = crmWrapperUrl();
      if (wrapperUrl) await connectCrm(phone, wrapperUrl);
      await phone.goOnline();
    }),
  );
}

signIn();
